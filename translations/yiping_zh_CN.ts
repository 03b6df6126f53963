<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
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
</context>
<context>
    <name>yiping::ui::MapPage</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
</TS>
