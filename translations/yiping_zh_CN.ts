<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Yiping</source>
        <translation>关于一屏</translation>
    </message>
    <message>
        <source>Yiping City Governance Command Center</source>
        <translation>一屏 · 市域社会治理指挥中心</translation>
    </message>
</context>
<context>
    <name>AnnotationPusher</name>
    <message>
        <source>annotation %1 was not uploaded: %2</source>
        <translation>批注 %1 未上传：%2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>无法从 CA 文件 %1 中读取任何 PEM 证书</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>sign-in failed: the answer carries no access_token</source>
        <translation>登录失败：响应中没有 access_token</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 retries)</source>
        <translation>%1（重试 %2 次后放弃）</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>响应大小超过 %1 字节</translation>
    </message>
    <message>
        <source>TLS error, connection refused: %1</source>
        <translation>TLS 错误，已拒绝连接：%1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
</context>
<context>
    <name>BoundaryReader</name>
    <message>
        <source>Boundary file not found: %1</source>
        <translation>找不到边界文件：%1</translation>
    </message>
    <message>
        <source>Cannot read boundary file %1: %2</source>
        <translation>无法读取边界文件 %1：%2</translation>
    </message>
    <message>
        <source>not a vector data file</source>
        <translation>不是矢量数据文件</translation>
    </message>
    <message>
        <source>Boundary file %1: feature %2 (%3) has no valid polygon geometry in longitude/latitude degrees</source>
        <translation>边界文件 %1：第 %2 个要素（%3）没有以经纬度表示的有效面几何</translation>
    </message>
    <message>
        <source>Boundary file %1 holds no features</source>
        <translation>边界文件 %1 中没有任何要素</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>%1 records, cursor %2</source>
        <translation>%1 条记录，游标 %2</translation>
    </message>
    <message>
        <source>Annotations waiting for upload: %1</source>
        <translation>待上传批注：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Inspect, check or fill the local cache.</source>
        <translation>查看、校验或填充本地缓存。</translation>
    </message>
    <message>
        <source>The cache command.</source>
        <translation>cache 命令。</translation>
    </message>
    <message>
        <source>stats, verify or import.</source>
        <translation>stats、verify 或 import。</translation>
    </message>
    <message>
        <source>Cache file (default: the local user&apos;s cache).</source>
        <translation>缓存文件（默认：当前用户的本地缓存）。</translation>
    </message>
    <message>
        <source>Print stats as JSON.</source>
        <translation>以 JSON 格式输出统计信息。</translation>
    </message>
    <message>
        <source>Dataset file to import (NDJSON).</source>
        <translation>要导入的数据集文件（NDJSON）。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Unknown cache action &apos;%1&apos; (available: stats, verify, import)</source>
        <translation>未知的缓存操作“%1”（可用：stats、verify、import）</translation>
    </message>
    <message>
        <source>cache import needs --dataset FILE</source>
        <translation>cache import 需要 --dataset FILE</translation>
    </message>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2</source>
        <translation>缓存 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The cache %1 is sound.</source>
        <translation>缓存 %1 完好。</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1：%2 条记录</translation>
    </message>
    <message>
        <source>Imported %1 records into %2.</source>
        <translation>已将 %1 条记录导入 %2。</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the integrity check failed (%1)</source>
        <translation>完整性检查未通过（%1）</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Yiping (schema %2, this version reads up to %3). It was left untouched; update Yiping or choose another cache file.</source>
        <translation>缓存 %1 由更新版本的一屏写入（结构版本 %2，本版本最高只能读取 %3）。该缓存未作任何改动；请更新一屏或选择其他缓存文件。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside.</source>
        <translation>缓存 %1 已损坏（%2），且无法将其移走。</translation>
    </message>
    <message>
        <source>The cache %1 was damaged (%2). It was moved to %3 and an empty cache was created; data will be pulled again.</source>
        <translation>缓存 %1 已损坏（%2）。已将其移至 %3 并新建空缓存；数据将重新拉取。</translation>
    </message>
    <message numerus="yes">
        <source>%n local annotation(s) not yet uploaded were recovered.</source>
        <translation>
            <numerusform>已恢复 %n 条尚未上传的本地批注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Local annotations could not all be read from the damaged file (%1); it is kept at %2.</source>
        <translation>未能从损坏的文件中读取全部本地批注（%1）；该文件保留在 %2。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheSummary</name>
    <message>
        <source>no local cache yet</source>
        <translation>尚无本地缓存</translation>
    </message>
    <message>
        <source>Offline data: %1</source>
        <translation>离线数据：%1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Offline data: never synced · %1</source>
        <translation>离线数据：从未同步 · %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1 (%2) · %3</source>
        <translation>数据截至 %1（%2）· %3</translation>
    </message>
</context>
<context>
    <name>CityManifest</name>
    <message>
        <source>Cannot open the city description %1: %2</source>
        <translation>无法打开城市描述文件 %1：%2</translation>
    </message>
    <message>
        <source>The city description %1 is not valid JSON: %2</source>
        <translation>城市描述文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The city description %1 lacks its code, name or districts file</source>
        <translation>城市描述文件 %1 缺少代码、名称或区县边界文件</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <source>quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>equal intervals</source>
        <translation>相等间隔</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation>无法打开数据集文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Yiping dataset of version 1</source>
        <translation>%1 不是版本 1 的一屏数据集文件</translation>
    </message>
    <message>
        <source>%1, line %2: expected a section header, found %3</source>
        <translation>%1，第 %2 行：应为节标题，实际为 %3</translation>
    </message>
    <message>
        <source>%1 ends inside the %2 section (%3 of %4 records)</source>
        <translation>%1 在 %2 节中意外结束（已读取 %3 条，共 %4 条记录）</translation>
    </message>
    <message>
        <source>%1, before line %2: %3</source>
        <translation>%1，第 %2 行之前：%3</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>coordinates are not an array of positions</source>
        <translation>coordinates 不是位置数组</translation>
    </message>
    <message>
        <source>a geometry has more than %1 vertices</source>
        <translation>某个几何图形的顶点数超过 %1</translation>
    </message>
    <message>
        <source>a position is not a finite [lon, lat] within range</source>
        <translation>某个位置不是范围内的有限 [lon, lat] 值</translation>
    </message>
    <message>
        <source>a polygon ring is not closed</source>
        <translation>某个多边形环未闭合</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>某个多边形没有环</translation>
    </message>
    <message>
        <source>a point is out of range</source>
        <translation>某个点超出范围</translation>
    </message>
    <message>
        <source>a multipolygon has no polygons</source>
        <translation>某个多面几何不含任何多边形</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>某个字符串长度超过 %1 字节</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON 嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>the page holds more than %1 arrays and objects</source>
        <translation>该分页包含的数组和对象超过 %1 个</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON object</source>
        <translation>%1 不是 GeoJSON 对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a finite [lon, lat] within range</source>
        <translation>%1 不是范围内的有限 [lon, lat] 值</translation>
    </message>
</context>
<context>
    <name>PagePuller</name>
    <message>
        <source>the page is not valid JSON (%1 at byte %2)</source>
        <translation>该分页不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>the page lacks collection, items, next_since or has_more</source>
        <translation>该分页缺少 collection、items、next_since 或 has_more</translation>
    </message>
    <message>
        <source>next_since %1 goes back before since</source>
        <translation>next_since %1 早于 since</translation>
    </message>
    <message>
        <source>the page promises more but does not advance</source>
        <translation>该分页声明还有更多数据，但游标未前进</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>第 %1 项（%2）：%3</translation>
    </message>
    <message>
        <source>%1 stopped at cursor %2: %3</source>
        <translation>%1 在游标 %2 处中止：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>the record has no id</source>
        <translation>记录缺少 id</translation>
    </message>
    <message>
        <source>record %1 has no positive integer rev</source>
        <translation>记录 %1 缺少正整数 rev</translation>
    </message>
    <message>
        <source>record %1 has no updated_at</source>
        <translation>记录 %1 缺少 updated_at</translation>
    </message>
    <message>
        <source>record %1 lacks the required field %2</source>
        <translation>记录 %1 缺少必填字段 %2</translation>
    </message>
    <message>
        <source>record %1 has a malformed %2</source>
        <translation>记录 %1 的 %2 格式错误</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: item %2 of the page is not a JSON object</source>
        <translation>%1：分页中的第 %2 项不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: item %2 of the page rejected: %3</source>
        <translation>%1：分页中的第 %2 项被拒绝：%3</translation>
    </message>
    <message>
        <source>%1: the page could not be stored: %2</source>
        <translation>%1：无法保存该分页：%2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>完整性检查未通过：%1</translation>
    </message>
    <message>
        <source>spatial index %1 is inconsistent: %2</source>
        <translation>空间索引 %1 不一致：%2</translation>
    </message>
    <message>
        <source>spatial index %1 is out of step with its table</source>
        <translation>空间索引 %1 与其数据表不同步</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>密码文件 %1 为空</translation>
    </message>
    <message>
        <source>unknown collection &apos;%1&apos;</source>
        <translation>未知数据集“%1”</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 in cache, cursor %4</source>
        <translation>%1：已接收 %2 条，缓存中 %3 条，游标 %4</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the server and upload local notes.</source>
        <translation>将本地缓存与服务器同步至最新，并上传本地批注。</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>sync 命令。</translation>
    </message>
    <message>
        <source>Server URL, e.g. https://host:8420.</source>
        <translation>服务器地址，例如 https://host:8420。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>File whose first line is the password (never stored).</source>
        <translation>首行为密码的文件（密码不会被保存）。</translation>
    </message>
    <message>
        <source>Cache file (default: the user&apos;s cache for the server).</source>
        <translation>缓存文件（默认：当前用户对应该服务器的缓存）。</translation>
    </message>
    <message>
        <source>Comma-separated collections to pull (default: all).</source>
        <translation>要拉取的数据集，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>PEM bundle of additional trusted CAs.</source>
        <translation>额外受信任 CA 的 PEM 证书包。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>sync needs --server http(s)://HOST[:PORT]</source>
        <translation>sync 需要 --server http(s)://HOST[:PORT]</translation>
    </message>
    <message>
        <source>sync needs --user NAME and --password-file FILE</source>
        <translation>sync 需要 --user NAME 和 --password-file FILE</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>sync complete: %1 collections current, %2 records received, %3 annotations uploaded, %4 conflicts kept, cache %5</source>
        <translation>同步完成：%1 个数据集已是最新，接收 %2 条记录，上传 %3 条批注，保留 %4 个冲突，缓存 %5</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the Server</source>
        <translation>与服务器同步</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Not stored; asked once per session</source>
        <translation>不保存；每次会话询问一次</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Optional PEM file of the agency&apos;s certificate authority</source>
        <translation>可选：本单位证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>登录并同步</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Yiping: the city governance command center.</source>
        <translation>一屏：市域社会治理指挥中心。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Folder of the city to show (its city.json).</source>
        <translation>要显示的城市数据目录（含 city.json）。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>将窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Page to show first (map).</source>
        <translation>首先显示的页面（map）。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>--screenshot 的窗口尺寸，例如 1920x1080。</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos; (available: %2)</source>
        <translation>未知页面“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>Invalid --size &apos;%1&apos;: use WxH between 320x240 and 8192x8192</source>
        <translation>无效的 --size“%1”：请使用 320x240 到 8192x8192 之间的 宽x高</translation>
    </message>
    <message>
        <source>The map did not render within 15 s.</source>
        <translation>地图在 15 秒内未完成渲染。</translation>
    </message>
    <message>
        <source>The window rendered at %1×%2, not %3×%4.</source>
        <translation>窗口渲染尺寸为 %1×%2，而非 %3×%4。</translation>
    </message>
    <message>
        <source>The map rendered blank with %1; the screenshot was not written.</source>
        <translation>地图使用%1渲染为空白，未写出截图。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (available: %2)</source>
        <translation>未知语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>The %1 catalogue is missing from this build</source>
        <translation>此版本缺少 %1 语言包</translation>
    </message>
    <message>
        <source>Local cache file to open (default: the demo city&apos;s).</source>
        <translation>要打开的本地缓存文件（默认：演示城市的缓存）。</translation>
    </message>
</context>
<context>
    <name>yiping::map::MapView</name>
    <message>
        <source>software rendering</source>
        <translation>软件渲染</translation>
    </message>
    <message>
        <source>OpenGL</source>
        <translation>OpenGL</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>yiping::sync::SyncEngine</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>the cache failed: %1</source>
        <translation>缓存出错：%1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation>版本 %1 · Qt %2</translation>
    </message>
    <message>
        <source>Data sources of %1</source>
        <translation>%1 数据来源</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可：%1</translation>
    </message>
    <message>
        <source>Coordinates are in %1. The grid, people, sites, events and cases of the demo city are generated and fictitious.</source>
        <translation>坐标系为 %1。演示城市的网格、人员、场所、事件和案件均为生成的虚构数据。</translation>
    </message>
    <message>
        <source>Built with Qt (LGPL-3.0), GDAL/OGR (MIT), GEOS (LGPL-2.1), SQLite (public domain) and Noto Sans CJK (OFL-1.1).</source>
        <translation>基于 Qt（LGPL-3.0）、GDAL/OGR（MIT）、GEOS（LGPL-2.1）、SQLite（公有领域）与思源黑体 Noto Sans CJK（OFL-1.1）构建。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertListModel</name>
    <message>
        <source>I red</source>
        <translation>Ⅰ级 红色</translation>
    </message>
    <message>
        <source>II orange</source>
        <translation>Ⅱ级 橙色</translation>
    </message>
    <message>
        <source>III yellow</source>
        <translation>Ⅲ级 黄色</translation>
    </message>
    <message>
        <source>IV blue</source>
        <translation>Ⅳ级 蓝色</translation>
    </message>
    <message>
        <source>[%1] %2
%3</source>
        <translation>【%1】%2
%3</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MainWindow</name>
    <message>
        <source>Yiping · %1 Command Center</source>
        <translation>一屏 · %1社会治理指挥中心</translation>
    </message>
    <message>
        <source>%1 · coordinates %2</source>
        <translation>%1 · 坐标系 %2</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to City</source>
        <translation>适应全市(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yiping</source>
        <translation>关于一屏(&amp;A)</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>正在打开本地缓存…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>New alert · %1</source>
        <translation>新预警 · %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>同步(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapPage</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SyncController</name>
    <message>
        <source>Sync: not signed in</source>
        <translation>同步：未登录</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>正在同步 %1/%2</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>同步错误：%1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation>同步：等待中</translation>
    </message>
    <message>
        <source> · live</source>
        <translation> · 实时已连接</translation>
    </message>
    <message>
        <source> · connecting</source>
        <translation> · 实时连接中</translation>
    </message>
    <message>
        <source> · offline</source>
        <translation> · 实时未连接</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SyncDialog</name>
    <message>
        <source>Enter the server, the user and the password.</source>
        <translation>请填写服务器、用户和密码。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SyncStatusModel</name>
    <message>
        <source>Grid regions</source>
        <translation>网格区域</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <source>Key sites</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>法人单位</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Legal services</source>
        <translation>法律服务</translation>
    </message>
    <message>
        <source>Track points</source>
        <translation>轨迹点</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Safety surveys</source>
        <translation>安全感测评</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核评估</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>In cache</source>
        <translation>缓存中</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>本次接收</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>正在同步 %1%</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
</TS>
