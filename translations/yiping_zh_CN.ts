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
    <name>AlertReader</name>
    <message>
        <source>The alerts could not be read from the cache: %1</source>
        <translation>无法从本地缓存读取预警：%1</translation>
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
    <name>BasemapDialog</name>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>What the map draws under the grid. The map never contacts public tile services.</source>
        <translation>网格下方绘制的底图。地图从不访问公共瓦片服务。</translation>
    </message>
    <message>
        <source>None: a clean vector map drawn from the grid data</source>
        <translation>无：由网格数据绘制的简洁矢量地图</translation>
    </message>
    <message>
        <source>Tile folder on this computer (offline)</source>
        <translation>本机瓦片目录（离线）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The agency&apos;s tile server</source>
        <translation>本单位瓦片服务器</translation>
    </message>
    <message>
        <source>Tile coordinates:</source>
        <translation>瓦片坐标系：</translation>
    </message>
    <message>
        <source>The datum the tiles are drawn in. Data in another datum is moved onto the tiles.</source>
        <translation>瓦片所用的坐标系。其他坐标系的数据会被移到瓦片上对应的位置。</translation>
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
    <name>Choropleth</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>分级方法：%1</translation>
    </message>
    <message>
        <source>High is good: the lower, the brighter</source>
        <translation>分数越高越好：越低颜色越亮</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Annotation Conflicts</source>
        <translation>批注冲突</translation>
    </message>
    <message>
        <source>Someone changed these on the server after you did. Keep your version to send it again over theirs, or take theirs and drop yours.</source>
        <translation>这些批注在您修改之后又被他人在服务器上修改。保留我的版本，下次同步时将覆盖服务器版本；采用服务器的版本，将丢弃您的修改。</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Send my version again, over the server&apos;s</source>
        <translation>重新上传我的版本，覆盖服务器版本</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用服务器的(&amp;T)</translation>
    </message>
    <message>
        <source>Drop my version; the server&apos;s stays</source>
        <translation>丢弃我的版本，保留服务器版本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>EnumText</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Under community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>Released prisoner</source>
        <translation>刑满释放人员</translation>
    </message>
    <message>
        <source>Drug user</source>
        <translation>吸毒人员</translation>
    </message>
    <message>
        <source>Severe mental disorder</source>
        <translation>严重精神障碍患者</translation>
    </message>
    <message>
        <source>Key petitioner</source>
        <translation>重点信访人员</translation>
    </message>
    <message>
        <source>At-risk youth</source>
        <translation>重点青少年</translation>
    </message>
    <message>
        <source>Cult member</source>
        <translation>邪教人员</translation>
    </message>
    <message>
        <source>Other key person</source>
        <translation>其他重点人员</translation>
    </message>
    <message>
        <source>Under management</source>
        <translation>在管</translation>
    </message>
    <message>
        <source>Released from management</source>
        <translation>已解除管控</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Hazardous materials</source>
        <translation>危化品场所</translation>
    </message>
    <message>
        <source>Transport hub</source>
        <translation>交通枢纽</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>娱乐场所</translation>
    </message>
    <message>
        <source>Rental housing</source>
        <translation>出租房屋</translation>
    </message>
    <message>
        <source>Religious site</source>
        <translation>宗教场所</translation>
    </message>
    <message>
        <source>Government building</source>
        <translation>党政机关</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Power facility</source>
        <translation>电力设施</translation>
    </message>
    <message>
        <source>Water facility</source>
        <translation>供水设施</translation>
    </message>
    <message>
        <source>Gas facility</source>
        <translation>燃气设施</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>其他场所</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <source>Public opinion</source>
        <translation>舆情</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>物联感知</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派发</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>刑事</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>民事</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>侦查</translation>
    </message>
    <message>
        <source>Prosecution review</source>
        <translation>审查起诉</translation>
    </message>
    <message>
        <source>Returned for investigation</source>
        <translation>退回补充侦查</translation>
    </message>
    <message>
        <source>First instance</source>
        <translation>一审</translation>
    </message>
    <message>
        <source>Second instance</source>
        <translation>二审</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>检察院</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Justice bureau</source>
        <translation>司法局</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>土地山林</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗纠纷</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费纠纷</translation>
    </message>
    <message>
        <source>Traffic accident</source>
        <translation>交通事故</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>其他纠纷</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Mediated</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解失败</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>诉讼中</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>旅馆住宿</translation>
    </message>
    <message>
        <source>Internet café</source>
        <translation>网吧上网</translation>
    </message>
    <message>
        <source>Transport ticket</source>
        <translation>交通购票</translation>
    </message>
    <message>
        <source>Cell tower</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Kin</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>同住</translation>
    </message>
    <message>
        <source>Same case</source>
        <translation>同案</translation>
    </message>
    <message>
        <source>Travelled together</source>
        <translation>同行</translation>
    </message>
    <message>
        <source>Phone contact</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇佣</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>关系人</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Frequents</source>
        <translation>常去</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Key person left their grid cell</source>
        <translation>重点人员离开所属网格</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>人员聚集</translation>
    </message>
    <message>
        <source>Repeated petitions</source>
        <translation>多次信访</translation>
    </message>
    <message>
        <source>Overdue case</source>
        <translation>案件超期</translation>
    </message>
    <message>
        <source>Severe event</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>盗窃</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>诈骗</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>打架斗殴</translation>
    </message>
    <message>
        <source>Disturbance</source>
        <translation>寻衅滋事</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>人员走失</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Fire hazard</source>
        <translation>火灾隐患</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Dispute reported</source>
        <translation>矛盾纠纷上报</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>违章建筑</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>谣言</translation>
    </message>
    <message>
        <source>Negative coverage</source>
        <translation>负面舆情</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音扰民</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>欠薪</translation>
    </message>
    <message>
        <source>Fire alarm</source>
        <translation>火灾报警</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>人员聚集</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>水位告警</translation>
    </message>
    <message>
        <source>Gas leak</source>
        <translation>燃气泄漏</translation>
    </message>
</context>
<context>
    <name>LayerStyle</name>
    <message>
        <source>Halo: %1</source>
        <translation>光圈：%1</translation>
    </message>
    <message>
        <source>Few events</source>
        <translation>事件少</translation>
    </message>
    <message>
        <source>Many events</source>
        <translation>事件多</translation>
    </message>
    <message>
        <source>Numbered disc: a cluster, in its highest risk</source>
        <translation>带数字圆点：聚合，按最高风险着色</translation>
    </message>
    <message>
        <source>Dot size: severity · from street zoom</source>
        <translation>点大小：严重程度 · 街道级缩放显示</translation>
    </message>
    <message>
        <source>Most events</source>
        <translation>事件最多</translation>
    </message>
    <message>
        <source>%1 (pulsing)</source>
        <translation>%1（闪烁）</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Ⅰ · Critical</source>
        <translation>Ⅰ · 极高</translation>
    </message>
    <message>
        <source>Ⅱ · High</source>
        <translation>Ⅱ · 高</translation>
    </message>
    <message>
        <source>Ⅲ · Medium</source>
        <translation>Ⅲ · 中</translation>
    </message>
    <message>
        <source>Ⅳ · Low</source>
        <translation>Ⅳ · 低</translation>
    </message>
</context>
<context>
    <name>MetricName</name>
    <message>
        <source>Events per 1,000 residents</source>
        <translation>每千人事件数</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>未办结事件</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>未化解纠纷</translation>
    </message>
    <message>
        <source>Key person risk</source>
        <translation>重点人员风险</translation>
    </message>
    <message>
        <source>Sense of safety score</source>
        <translation>安全感评分</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>未处理预警</translation>
    </message>
    <message>
        <source>‰</source>
        <translation>起/千人</translation>
    </message>
    <message>
        <source>events</source>
        <translation>起</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>件</translation>
    </message>
    <message>
        <source>risk points</source>
        <translation>风险分</translation>
    </message>
    <message>
        <source>points of 100</source>
        <translation>分，满分100</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>条</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>ProfileText</name>
    <message>
        <source>Population %1</source>
        <translation>人口 %1</translation>
    </message>
    <message>
        <source>%1 dispute</source>
        <translation>%1纠纷</translation>
    </message>
    <message>
        <source>%1, risk %2</source>
        <translation>%1，风险 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Managed since</source>
        <translation>列管日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>办理机关</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Latest sightings</source>
        <translation>最新轨迹</translation>
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
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Events nearby (300 m, 90 days)</source>
        <translation>周边事件（300 米，90 天）</translation>
    </message>
    <message>
        <source>Persons linked</source>
        <translation>关联人员</translation>
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
        <source>Subdivisions</source>
        <translation>下级区域</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>ReadContext</name>
    <message>
        <source>No local cache is open.</source>
        <translation>没有打开本地缓存。</translation>
    </message>
    <message>
        <source>The read failed: %1</source>
        <translation>读取失败：%1</translation>
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
        <source>Local cache file to open (default: %1).</source>
        <translation>要打开的本地缓存文件（默认：%1）。</translation>
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
    <message>
        <source>The tile folder %1 does not exist.</source>
        <translation>瓦片目录 %1 不存在。</translation>
    </message>
    <message>
        <source>The basemap could not be set: %1</source>
        <translation>无法设置底图：%1</translation>
    </message>
    <message>
        <source>An image of %1×%2 pixels is too large.</source>
        <translation>%1×%2 像素的图像过大。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
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
    <name>yiping::ui::AlertAcknowledger</name>
    <message>
        <source>The alert was not acknowledged: no local cache is open.</source>
        <translation>预警未确认：未打开本地缓存。</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>预警未确认：%1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertFilterBar</name>
    <message>
        <source>This region only</source>
        <translation>仅当前区域</translation>
    </message>
    <message>
        <source>Show or hide the alerts of level %1</source>
        <translation>显示或隐藏“%1”级预警</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>级别优先</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>Only the alerts in the region the map shows (its breadcrumb)</source>
        <translation>只显示地图当前区域（导航路径所示）内的预警</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>待处置 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>列表顺序</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n listed</source>
        <translation><numerusform>仅列出最新 %n 条</numerusform></translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertListModel</name>
    <message>
        <source>[%1] %2
%3</source>
        <translation>【%1】%2
%3</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>已确认 · 待上传</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>[%1] %2 · %3
%4</source>
        <translation>[%1] %2 · %3
%4</translation>
    </message>
    <message>
        <source>%1
Acknowledged on this computer; uploaded at the next sync.</source>
        <translation>%1
已在本机确认，下次同步时上传。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertToast</name>
    <message>
        <source>New alert · %1</source>
        <translation>新预警 · %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertsPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert (Ctrl+K); uploaded at the next sync</source>
        <translation>确认所选预警（Ctrl+K），下次同步时上传</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>已确认 · 待上传</translation>
    </message>
    <message>
        <source>Show &amp;Profile</source>
        <translation>查看档案(&amp;P)</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>暂无未处理预警。</translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation>没有符合筛选条件的预警。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::BasemapDialog</name>
    <message>
        <source>Tile Folder</source>
        <translation>瓦片目录</translation>
    </message>
    <message>
        <source>Choose the folder that holds the tiles (z/x/y.png).</source>
        <translation>请选择存放瓦片（z/x/y.png）的目录。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the tile server&apos;s http or https address.</source>
        <translation>请输入瓦片服务器的 http 或 https 地址。</translation>
    </message>
    <message>
        <source>WGS-84 (OpenStreetMap-style tiles)</source>
        <translation>WGS-84（OpenStreetMap 类瓦片）</translation>
    </message>
    <message>
        <source>GCJ-02 (tiles of Chinese map providers)</source>
        <translation>GCJ-02（国内地图服务商瓦片）</translation>
    </message>
    <message>
        <source>A tile address template needs all of %z, %x and %y.</source>
        <translation>瓦片地址模板须同时包含 %z、%x 和 %y。</translation>
    </message>
    <message>
        <source>The address must begin with http:// or https://.</source>
        <translation>地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>%1 does not name a server (expected e.g. http://tiles.example.gov.cn/).</source>
        <translation>%1 未指明服务器（应形如 http://tiles.example.gov.cn/）。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::ConflictDialog</name>
    <message>
        <source>Reading the conflicts…</source>
        <translation>正在读取冲突…</translation>
    </message>
    <message>
        <source>No conflicts: every annotation is uploaded or waits for the next sync.</source>
        <translation>没有冲突：所有批注均已上传或正在等待下次同步。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::ConflictListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>mine %1
server %2</source>
        <translation>我的 %1
服务器 %2</translation>
    </message>
    <message>
        <source>mine %1</source>
        <translation>我的 %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The server&apos;s version has no revision to replace: only taking theirs is possible.</source>
        <translation>服务器版本没有可覆盖的修订号：只能采用服务器的版本。</translation>
    </message>
    <message>
        <source>This conflict was resolved meanwhile.</source>
        <translation>该冲突已在此期间解决。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Layers that read together</source>
        <translation>一起看的图层组合</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>yiping::ui::LayerSection</name>
    <message>
        <source>Show or hide the filter and legend</source>
        <translation>显示或隐藏筛选与图例</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>%1 不透明度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
    <message>
        <source>Annotations the server refused because someone changed them first: choose which version stays</source>
        <translation>服务器因他人先行修改而拒收的批注：请选择保留哪个版本</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n 个冲突…</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation &amp;Conflicts…</source>
        <translation>批注冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Page Tools</source>
        <translation>页面工具</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapDataService</name>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>That record is not in the local cache.</source>
        <translation>本地缓存中没有该记录。</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>备注未保存：%1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapPage</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Event heat</source>
        <translation>事件热力</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Key sites</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Loading the map data…</source>
        <translation>正在加载地图数据…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the window</source>
        <translation>
            <numerusform>时间窗内 %Ln 起事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export Map as Image</source>
        <translation>导出地图为图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The map was not exported: %1</source>
        <translation>地图未导出：%1</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>地图已导出到 %1</translation>
    </message>
    <message>
        <source>Export Map as PDF</source>
        <translation>导出地图为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <source>Export Map as &amp;Image…</source>
        <translation>导出地图为图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Map as &amp;PDF…</source>
        <translation>导出地图为 PDF(&amp;P)…</translation>
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
        <source>&amp;Basemap…</source>
        <translation>底图(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Layer Panel</source>
        <translation>图层面板(&amp;L)</translation>
    </message>
    <message>
        <source>The basemap cannot be shown: %1</source>
        <translation>无法显示底图：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>综合态势</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MetricChooser</name>
    <message>
        <source>Colour regions by</source>
        <translation>区域着色指标</translation>
    </message>
</context>
<context>
    <name>yiping::ui::PersonFilterWidget</name>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>yiping::ui::ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation>全息档案</translation>
    </message>
    <message>
        <source>Close the profile</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>Choose a person, site or place on the map, or search for one, to see its profile here.</source>
        <translation>在地图上选择人员、场所或区域，或搜索，在此查看其全息档案。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>No known relations</source>
        <translation>暂无已知关系</translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation>打开关系图</translation>
    </message>
    <message>
        <source>This person&apos;s relations as a graph</source>
        <translation>以关系图查看此人的关系</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>风险变化</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Pending upload</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Kept on this computer; uploaded at the next sync.</source>
        <translation>已保存在本机，下次同步时上传。</translation>
    </message>
    <message>
        <source>Add a note… (Ctrl+Enter)</source>
        <translation>添加批注…（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新批注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge this alert; uploaded at the next sync.</source>
        <translation>确认此预警，下次同步时上传。</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>已确认 · 待上传</translation>
    </message>
    <message>
        <source>Personal data is partly hidden for your clearance.</source>
        <translation>按您的权限，部分个人信息已隐藏。</translation>
    </message>
</context>
<context>
    <name>yiping::ui::RiskBadge</name>
    <message>
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SearchBox</name>
    <message>
        <source>Search persons, sites, cases, places… (Ctrl+F)</source>
        <translation>搜索人员、场所、案件、地点…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>There is no local cache to search yet.</source>
        <translation>尚无可搜索的本地缓存。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SearchResultsModel</name>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n 个冲突</numerusform>
        </translation>
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
<context>
    <name>yiping::widgets::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>yiping::widgets::EventHistogram</name>
    <message>
        <source>Events over time</source>
        <translation>事件时间分布</translation>
    </message>
    <message>
        <source>Drag across the bars to choose a time window; Left and Right move it by one bar.</source>
        <translation>在柱状图上拖动以选择时间范围；左右方向键按一格移动。</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>无事件</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n event(s)</source>
        <translation>
            <numerusform>%1 – %2：%n 起事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yiping::widgets::TimeRangeDialog</name>
    <message>
        <source>Custom time window</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
</context>
<context>
    <name>yiping::widgets::TimeWindowBar</name>
    <message>
        <source>Last 24 h</source>
        <translation>近24小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
</TS>
