<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Yiping</source>
        <translation>About Yiping</translation>
    </message>
    <message>
        <source>Yiping City Governance Command Center</source>
        <translation>Yiping City Governance Command Center</translation>
    </message>
</context>
<context>
    <name>BoundaryReader</name>
    <message>
        <source>Boundary file not found: %1</source>
        <translation>Boundary file not found: %1</translation>
    </message>
    <message>
        <source>Cannot read boundary file %1: %2</source>
        <translation>Cannot read boundary file %1: %2</translation>
    </message>
    <message>
        <source>not a vector data file</source>
        <translation>not a vector data file</translation>
    </message>
    <message>
        <source>Boundary file %1: feature %2 (%3) has no valid polygon geometry in longitude/latitude degrees</source>
        <translation>Boundary file %1: feature %2 (%3) has no valid polygon geometry in longitude/latitude degrees</translation>
    </message>
    <message>
        <source>Boundary file %1 holds no features</source>
        <translation>Boundary file %1 holds no features</translation>
    </message>
</context>
<context>
    <name>CityManifest</name>
    <message>
        <source>Cannot open the city description %1: %2</source>
        <translation>Cannot open the city description %1: %2</translation>
    </message>
    <message>
        <source>The city description %1 is not valid JSON: %2</source>
        <translation>The city description %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>The city description %1 lacks its code, name or districts file</source>
        <translation>The city description %1 lacks its code, name or districts file</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Yiping: the city governance command center.</source>
        <translation>Yiping: the city governance command center.</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>User interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>Folder of the city to show (its city.json).</source>
        <translation>Folder of the city to show (its city.json).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Render the window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Page to show first (map).</source>
        <translation>Page to show first (map).</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Window size for --screenshot, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos; (available: %2)</source>
        <translation>Unknown page &apos;%1&apos; (available: %2)</translation>
    </message>
    <message>
        <source>Invalid --size &apos;%1&apos;: use WxH between 320x240 and 8192x8192</source>
        <translation>Invalid --size &apos;%1&apos;: use WxH between 320x240 and 8192x8192</translation>
    </message>
    <message>
        <source>The map did not render within 15 s.</source>
        <translation>The map did not render within 15 s.</translation>
    </message>
    <message>
        <source>The window rendered at %1×%2, not %3×%4.</source>
        <translation>The window rendered at %1×%2, not %3×%4.</translation>
    </message>
    <message>
        <source>The map rendered blank with %1; the screenshot was not written.</source>
        <translation>The map rendered blank with %1; the screenshot was not written.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (available: %2)</source>
        <translation>Unknown language &apos;%1&apos; (available: %2)</translation>
    </message>
    <message>
        <source>The %1 catalogue is missing from this build</source>
        <translation>The %1 catalogue is missing from this build</translation>
    </message>
</context>
<context>
    <name>yiping::map::MapView</name>
    <message>
        <source>software rendering</source>
        <translation>software rendering</translation>
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
        <translation>Version %1 · Qt %2</translation>
    </message>
    <message>
        <source>Data sources of %1</source>
        <translation>Data sources of %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Coordinates are in %1. The grid, people, sites, events and cases of the demo city are generated and fictitious.</source>
        <translation>Coordinates are in %1. The grid, people, sites, events and cases of the demo city are generated and fictitious.</translation>
    </message>
    <message>
        <source>Built with Qt (LGPL-3.0), GDAL/OGR (MIT), GEOS (LGPL-2.1), SQLite (public domain) and Noto Sans CJK (OFL-1.1).</source>
        <translation>Built with Qt (LGPL-3.0), GDAL/OGR (MIT), GEOS (LGPL-2.1), SQLite (public domain) and Noto Sans CJK (OFL-1.1).</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MainWindow</name>
    <message>
        <source>Yiping · %1 Command Center</source>
        <translation>Yiping · %1 Command Center</translation>
    </message>
    <message>
        <source>%1 · coordinates %2</source>
        <translation>%1 · coordinates %2</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>Lon %1°  Lat %2°</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Fit to City</source>
        <translation>&amp;Fit to City</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Yiping</source>
        <translation>&amp;About Yiping</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
</context>
</TS>
