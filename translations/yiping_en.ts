<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>AlertReader</name>
    <message>
        <source>The alerts could not be read from the cache: %1</source>
        <translation>The alerts could not be read from the cache: %1</translation>
    </message>
</context>
<context>
    <name>AnnotationPusher</name>
    <message>
        <source>annotation %1 was not uploaded: %2</source>
        <translation>annotation %1 was not uploaded: %2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>no PEM certificate could be read from the CA file %1</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>the server refused the user name or password</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>sign-in failed: %1</translation>
    </message>
    <message>
        <source>sign-in failed: the answer carries no access_token</source>
        <translation>sign-in failed: the answer carries no access_token</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 retries)</source>
        <translation>%1 (gave up after %2 retries)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>the answer is larger than %1 bytes</translation>
    </message>
    <message>
        <source>TLS error, connection refused: %1</source>
        <translation>TLS error, connection refused: %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>network error: %1</translation>
    </message>
</context>
<context>
    <name>BasemapDialog</name>
    <message>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <source>What the map draws under the grid. The map never contacts public tile services.</source>
        <translation>What the map draws under the grid. The map never contacts public tile services.</translation>
    </message>
    <message>
        <source>None: a clean vector map drawn from the grid data</source>
        <translation>None: a clean vector map drawn from the grid data</translation>
    </message>
    <message>
        <source>Tile folder on this computer (offline)</source>
        <translation>Tile folder on this computer (offline)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The agency&apos;s tile server</source>
        <translation>The agency&apos;s tile server</translation>
    </message>
    <message>
        <source>Tile coordinates:</source>
        <translation>Tile coordinates:</translation>
    </message>
    <message>
        <source>The datum the tiles are drawn in. Data in another datum is moved onto the tiles.</source>
        <translation>The datum the tiles are drawn in. Data in another datum is moved onto the tiles.</translation>
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
    <name>CacheCommand</name>
    <message>
        <source>%1 records, cursor %2</source>
        <translation>%1 records, cursor %2</translation>
    </message>
    <message>
        <source>Annotations waiting for upload: %1</source>
        <translation>Annotations waiting for upload: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Inspect, check or fill the local cache.</source>
        <translation>Inspect, check or fill the local cache.</translation>
    </message>
    <message>
        <source>The cache command.</source>
        <translation>The cache command.</translation>
    </message>
    <message>
        <source>stats, verify or import.</source>
        <translation>stats, verify or import.</translation>
    </message>
    <message>
        <source>Cache file (default: the local user&apos;s cache).</source>
        <translation>Cache file (default: the local user&apos;s cache).</translation>
    </message>
    <message>
        <source>Print stats as JSON.</source>
        <translation>Print stats as JSON.</translation>
    </message>
    <message>
        <source>Dataset file to import (NDJSON).</source>
        <translation>Dataset file to import (NDJSON).</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>User interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>Unknown cache action &apos;%1&apos; (available: stats, verify, import)</source>
        <translation>Unknown cache action &apos;%1&apos; (available: stats, verify, import)</translation>
    </message>
    <message>
        <source>cache import needs --dataset FILE</source>
        <translation>cache import needs --dataset FILE</translation>
    </message>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>The cache %1 does not exist.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2</source>
        <translation>The cache %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The cache %1 is sound.</source>
        <translation>The cache %1 is sound.</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: %2 records</translation>
    </message>
    <message>
        <source>Imported %1 records into %2.</source>
        <translation>Imported %1 records into %2.</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>the integrity check failed (%1)</source>
        <translation>the integrity check failed (%1)</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Yiping (schema %2, this version reads up to %3). It was left untouched; update Yiping or choose another cache file.</source>
        <translation>The cache %1 was written by a newer version of Yiping (schema %2, this version reads up to %3). It was left untouched; update Yiping or choose another cache file.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside.</source>
        <translation>The cache %1 is damaged (%2) and could not be moved aside.</translation>
    </message>
    <message>
        <source>The cache %1 was damaged (%2). It was moved to %3 and an empty cache was created; data will be pulled again.</source>
        <translation>The cache %1 was damaged (%2). It was moved to %3 and an empty cache was created; data will be pulled again.</translation>
    </message>
    <message numerus="yes">
        <source>%n local annotation(s) not yet uploaded were recovered.</source>
        <translation>
            <numerusform>%n local annotation not yet uploaded were recovered.</numerusform>
            <numerusform>%n local annotations not yet uploaded were recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local annotations could not all be read from the damaged file (%1); it is kept at %2.</source>
        <translation>Local annotations could not all be read from the damaged file (%1); it is kept at %2.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>The cache %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>CacheSummary</name>
    <message>
        <source>no local cache yet</source>
        <translation>no local cache yet</translation>
    </message>
    <message>
        <source>Offline data: %1</source>
        <translation>Offline data: %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Offline data: never synced · %1</source>
        <translation>Offline data: never synced · %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1 (%2) · %3</source>
        <translation>Data as of %1 (%2) · %3</translation>
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
        <translation>No data</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Classes: %1</translation>
    </message>
    <message>
        <source>High is good: the lower, the brighter</source>
        <translation>High is good: the lower, the brighter</translation>
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
    <name>ClassBreaks</name>
    <message>
        <source>quantiles</source>
        <translation>quantiles</translation>
    </message>
    <message>
        <source>equal intervals</source>
        <translation>equal intervals</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Annotation Conflicts</source>
        <translation>Annotation Conflicts</translation>
    </message>
    <message>
        <source>Someone changed these on the server after you did. Keep your version to send it again over theirs, or take theirs and drop yours.</source>
        <translation>Someone changed these on the server after you did. Keep your version to send it again over theirs, or take theirs and drop yours.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <source>Send my version again, over the server&apos;s</source>
        <translation>Send my version again, over the server&apos;s</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Take Theirs</translation>
    </message>
    <message>
        <source>Drop my version; the server&apos;s stays</source>
        <translation>Drop my version; the server&apos;s stays</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation>Cannot open the dataset %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Yiping dataset of version 1</source>
        <translation>%1 is not a Yiping dataset of version 1</translation>
    </message>
    <message>
        <source>%1, line %2: expected a section header, found %3</source>
        <translation>%1, line %2: expected a section header, found %3</translation>
    </message>
    <message>
        <source>%1 ends inside the %2 section (%3 of %4 records)</source>
        <translation>%1 ends inside the %2 section (%3 of %4 records)</translation>
    </message>
    <message>
        <source>%1, before line %2: %3</source>
        <translation>%1, before line %2: %3</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Under community correction</source>
        <translation>Under community correction</translation>
    </message>
    <message>
        <source>Released prisoner</source>
        <translation>Released prisoner</translation>
    </message>
    <message>
        <source>Drug user</source>
        <translation>Drug user</translation>
    </message>
    <message>
        <source>Severe mental disorder</source>
        <translation>Severe mental disorder</translation>
    </message>
    <message>
        <source>Key petitioner</source>
        <translation>Key petitioner</translation>
    </message>
    <message>
        <source>At-risk youth</source>
        <translation>At-risk youth</translation>
    </message>
    <message>
        <source>Cult member</source>
        <translation>Cult member</translation>
    </message>
    <message>
        <source>Other key person</source>
        <translation>Other key person</translation>
    </message>
    <message>
        <source>Under management</source>
        <translation>Under management</translation>
    </message>
    <message>
        <source>Released from management</source>
        <translation>Released from management</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Hazardous materials</source>
        <translation>Hazardous materials</translation>
    </message>
    <message>
        <source>Transport hub</source>
        <translation>Transport hub</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <source>Rental housing</source>
        <translation>Rental housing</translation>
    </message>
    <message>
        <source>Religious site</source>
        <translation>Religious site</translation>
    </message>
    <message>
        <source>Government building</source>
        <translation>Government building</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Power facility</source>
        <translation>Power facility</translation>
    </message>
    <message>
        <source>Water facility</source>
        <translation>Water facility</translation>
    </message>
    <message>
        <source>Gas facility</source>
        <translation>Gas facility</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>Other site</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Police report</translation>
    </message>
    <message>
        <source>Grid report</source>
        <translation>Grid report</translation>
    </message>
    <message>
        <source>Public opinion</source>
        <translation>Public opinion</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Criminal</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Civil</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Prosecution review</source>
        <translation>Prosecution review</translation>
    </message>
    <message>
        <source>Returned for investigation</source>
        <translation>Returned for investigation</translation>
    </message>
    <message>
        <source>First instance</source>
        <translation>First instance</translation>
    </message>
    <message>
        <source>Second instance</source>
        <translation>Second instance</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>Community correction</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Public security</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>Procuratorate</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Justice bureau</source>
        <translation>Justice bureau</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>Property management</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Traffic accident</source>
        <translation>Traffic accident</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>Other dispute</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>Grid officer</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>Mediating</translation>
    </message>
    <message>
        <source>Mediated</source>
        <translation>Mediated</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>In litigation</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation>Face recognition</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Hotel check-in</translation>
    </message>
    <message>
        <source>Internet café</source>
        <translation>Internet café</translation>
    </message>
    <message>
        <source>Transport ticket</source>
        <translation>Transport ticket</translation>
    </message>
    <message>
        <source>Cell tower</source>
        <translation>Cell tower</translation>
    </message>
    <message>
        <source>Kin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Lives with</translation>
    </message>
    <message>
        <source>Same case</source>
        <translation>Same case</translation>
    </message>
    <message>
        <source>Travelled together</source>
        <translation>Travelled together</translation>
    </message>
    <message>
        <source>Phone contact</source>
        <translation>Phone contact</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Money transfer</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Frequents</source>
        <translation>Frequents</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>Town or street</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>Key person left their grid cell</source>
        <translation>Key person left their grid cell</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Gathering</translation>
    </message>
    <message>
        <source>Repeated petitions</source>
        <translation>Repeated petitions</translation>
    </message>
    <message>
        <source>Overdue case</source>
        <translation>Overdue case</translation>
    </message>
    <message>
        <source>Severe event</source>
        <translation>Severe event</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>Private non-enterprise unit</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>Fight</translation>
    </message>
    <message>
        <source>Disturbance</source>
        <translation>Disturbance</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Missing person</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>Safety hazard</translation>
    </message>
    <message>
        <source>Fire hazard</source>
        <translation>Fire hazard</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Sanitation</translation>
    </message>
    <message>
        <source>Dispute reported</source>
        <translation>Dispute reported</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>Illegal construction</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Rumour</translation>
    </message>
    <message>
        <source>Negative coverage</source>
        <translation>Negative coverage</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Power supply</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>Unpaid wages</translation>
    </message>
    <message>
        <source>Fire alarm</source>
        <translation>Fire alarm</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>Crowding</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Water level</translation>
    </message>
    <message>
        <source>Gas leak</source>
        <translation>Gas leak</translation>
    </message>
</context>
<context>
    <name>LayerStyle</name>
    <message>
        <source>Halo: %1</source>
        <translation>Halo: %1</translation>
    </message>
    <message>
        <source>Few events</source>
        <translation>Few events</translation>
    </message>
    <message>
        <source>Many events</source>
        <translation>Many events</translation>
    </message>
    <message>
        <source>Numbered disc: a cluster, in its highest risk</source>
        <translation>Numbered disc: a cluster, in its highest risk</translation>
    </message>
    <message>
        <source>Dot size: severity · from street zoom</source>
        <translation>Dot size: severity · from street zoom</translation>
    </message>
    <message>
        <source>Most events</source>
        <translation>Most events</translation>
    </message>
    <message>
        <source>%1 (pulsing)</source>
        <translation>%1 (pulsing)</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Ⅰ · Critical</source>
        <translation>Ⅰ · Critical</translation>
    </message>
    <message>
        <source>Ⅱ · High</source>
        <translation>Ⅱ · High</translation>
    </message>
    <message>
        <source>Ⅲ · Medium</source>
        <translation>Ⅲ · Medium</translation>
    </message>
    <message>
        <source>Ⅳ · Low</source>
        <translation>Ⅳ · Low</translation>
    </message>
</context>
<context>
    <name>MetricName</name>
    <message>
        <source>Events per 1,000 residents</source>
        <translation>Events per 1,000 residents</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>Open events</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <source>Key person risk</source>
        <translation>Key person risk</translation>
    </message>
    <message>
        <source>Sense of safety score</source>
        <translation>Sense of safety score</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <source>‰</source>
        <translation>‰</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>disputes</translation>
    </message>
    <message>
        <source>risk points</source>
        <translation>risk points</translation>
    </message>
    <message>
        <source>points of 100</source>
        <translation>points of 100</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>coordinates are not an array of positions</source>
        <translation>coordinates are not an array of positions</translation>
    </message>
    <message>
        <source>a geometry has more than %1 vertices</source>
        <translation>a geometry has more than %1 vertices</translation>
    </message>
    <message>
        <source>a position is not a finite [lon, lat] within range</source>
        <translation>a position is not a finite [lon, lat] within range</translation>
    </message>
    <message>
        <source>a polygon ring is not closed</source>
        <translation>a polygon ring is not closed</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>a polygon has no rings</translation>
    </message>
    <message>
        <source>a point is out of range</source>
        <translation>a point is out of range</translation>
    </message>
    <message>
        <source>a multipolygon has no polygons</source>
        <translation>a multipolygon has no polygons</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>a string is longer than %1 bytes</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>the page holds more than %1 arrays and objects</source>
        <translation>the page holds more than %1 arrays and objects</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON object</source>
        <translation>%1 is not a GeoJSON object</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite [lon, lat] within range</source>
        <translation>%1 is not a finite [lon, lat] within range</translation>
    </message>
</context>
<context>
    <name>PagePuller</name>
    <message>
        <source>the page is not valid JSON (%1 at byte %2)</source>
        <translation>the page is not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the page lacks collection, items, next_since or has_more</source>
        <translation>the page lacks collection, items, next_since or has_more</translation>
    </message>
    <message>
        <source>next_since %1 goes back before since</source>
        <translation>next_since %1 goes back before since</translation>
    </message>
    <message>
        <source>the page promises more but does not advance</source>
        <translation>the page promises more but does not advance</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>item %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 stopped at cursor %2: %3</source>
        <translation>%1 stopped at cursor %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>Population %1</source>
        <translation>Population %1</translation>
    </message>
    <message>
        <source>%1 dispute</source>
        <translation>%1 dispute</translation>
    </message>
    <message>
        <source>%1, risk %2</source>
        <translation>%1, risk %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>Grid officer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Managed since</source>
        <translation>Managed since</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Latest sightings</source>
        <translation>Latest sightings</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Events nearby (300 m, 90 days)</source>
        <translation>Events nearby (300 m, 90 days)</translation>
    </message>
    <message>
        <source>Persons linked</source>
        <translation>Persons linked</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <source>Key sites</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>Subdivisions</source>
        <translation>Subdivisions</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>ReadContext</name>
    <message>
        <source>No local cache is open.</source>
        <translation>No local cache is open.</translation>
    </message>
    <message>
        <source>The read failed: %1</source>
        <translation>The read failed: %1</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>the record has no id</source>
        <translation>the record has no id</translation>
    </message>
    <message>
        <source>record %1 has no positive integer rev</source>
        <translation>record %1 has no positive integer rev</translation>
    </message>
    <message>
        <source>record %1 has no updated_at</source>
        <translation>record %1 has no updated_at</translation>
    </message>
    <message>
        <source>record %1 lacks the required field %2</source>
        <translation>record %1 lacks the required field %2</translation>
    </message>
    <message>
        <source>record %1 has a malformed %2</source>
        <translation>record %1 has a malformed %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: item %2 of the page is not a JSON object</source>
        <translation>%1: item %2 of the page is not a JSON object</translation>
    </message>
    <message>
        <source>%1: item %2 of the page rejected: %3</source>
        <translation>%1: item %2 of the page rejected: %3</translation>
    </message>
    <message>
        <source>%1: the page could not be stored: %2</source>
        <translation>%1: the page could not be stored: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>integrity check failed: %1</translation>
    </message>
    <message>
        <source>spatial index %1 is inconsistent: %2</source>
        <translation>spatial index %1 is inconsistent: %2</translation>
    </message>
    <message>
        <source>spatial index %1 is out of step with its table</source>
        <translation>spatial index %1 is out of step with its table</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>the password file %1 is empty</translation>
    </message>
    <message>
        <source>unknown collection &apos;%1&apos;</source>
        <translation>unknown collection &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 in cache, cursor %4</source>
        <translation>%1: %2 received, %3 in cache, cursor %4</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the server and upload local notes.</source>
        <translation>Bring the local cache up to date with the server and upload local notes.</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>The sync command.</translation>
    </message>
    <message>
        <source>Server URL, e.g. https://host:8420.</source>
        <translation>Server URL, e.g. https://host:8420.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>File whose first line is the password (never stored).</source>
        <translation>File whose first line is the password (never stored).</translation>
    </message>
    <message>
        <source>Cache file (default: the user&apos;s cache for the server).</source>
        <translation>Cache file (default: the user&apos;s cache for the server).</translation>
    </message>
    <message>
        <source>Comma-separated collections to pull (default: all).</source>
        <translation>Comma-separated collections to pull (default: all).</translation>
    </message>
    <message>
        <source>PEM bundle of additional trusted CAs.</source>
        <translation>PEM bundle of additional trusted CAs.</translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation>User interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>sync needs --server http(s)://HOST[:PORT]</source>
        <translation>sync needs --server https://HOST[:PORT]</translation>
    </message>
    <message>
        <source>sync needs --user NAME and --password-file FILE</source>
        <translation>sync needs --user NAME and --password-file FILE</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>sync failed: %1</translation>
    </message>
    <message>
        <source>sync complete: %1 collections current, %2 records received, %3 annotations uploaded, %4 conflicts kept, cache %5</source>
        <translation>sync complete: %1 collections current, %2 records received, %3 annotations uploaded, %4 conflicts kept, cache %5</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the Server</source>
        <translation>Sync with the Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Not stored; asked once per session</source>
        <translation>Not stored; asked once per session</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA bundle:</translation>
    </message>
    <message>
        <source>Optional PEM file of the agency&apos;s certificate authority</source>
        <translation>Optional PEM file of the agency&apos;s certificate authority</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Sign In and Sync</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sync Now</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Cancel Sync</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>Local cache file to open (default: %1).</source>
        <translation>Local cache file to open (default: %1).</translation>
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
    <message>
        <source>The tile folder %1 does not exist.</source>
        <translation>The tile folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The basemap could not be set: %1</source>
        <translation>The basemap could not be set: %1</translation>
    </message>
    <message>
        <source>An image of %1×%2 pixels is too large.</source>
        <translation>An image of %1×%2 pixels is too large.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>yiping::sync::SyncEngine</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>cannot open the cache %1: %2</translation>
    </message>
    <message>
        <source>the cache failed: %1</source>
        <translation>the cache failed: %1</translation>
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
    <name>yiping::ui::AlertAcknowledger</name>
    <message>
        <source>The alert was not acknowledged: no local cache is open.</source>
        <translation>The alert was not acknowledged: no local cache is open.</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>The alert was not acknowledged: %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertFilterBar</name>
    <message>
        <source>This region only</source>
        <translation>This region only</translation>
    </message>
    <message>
        <source>Show or hide the alerts of level %1</source>
        <translation>Show or hide the alerts of level %1</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>By rule</translation>
    </message>
    <message>
        <source>Only the alerts in the region the map shows (its breadcrumb)</source>
        <translation>Only the alerts in the region the map shows (its breadcrumb)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>The order of the list</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n listed</source>
        <translation><numerusform>the newest %n listed</numerusform><numerusform>the newest %n listed</numerusform></translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertListModel</name>
    <message>
        <source>[%1] %2
%3</source>
        <translation>[%1] %2
%3</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>Acknowledged · pending upload</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
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
Acknowledged on this computer; uploaded at the next sync.</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertToast</name>
    <message>
        <source>New alert · %1</source>
        <translation>New alert · %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::AlertsPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert (Ctrl+K); uploaded at the next sync</source>
        <translation>Acknowledge the chosen alert (Ctrl+K); uploaded at the next sync</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>Acknowledged · pending upload</translation>
    </message>
    <message>
        <source>Show &amp;Profile</source>
        <translation>Show &amp;Profile</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation>No alert matches the filter.</translation>
    </message>
</context>
<context>
    <name>yiping::ui::BasemapDialog</name>
    <message>
        <source>Tile Folder</source>
        <translation>Tile Folder</translation>
    </message>
    <message>
        <source>Choose the folder that holds the tiles (z/x/y.png).</source>
        <translation>Choose the folder that holds the tiles (z/x/y.png).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Enter the tile server&apos;s http or https address.</source>
        <translation>Enter the tile server&apos;s http or https address.</translation>
    </message>
    <message>
        <source>WGS-84 (OpenStreetMap-style tiles)</source>
        <translation>WGS-84 (OpenStreetMap-style tiles)</translation>
    </message>
    <message>
        <source>GCJ-02 (tiles of Chinese map providers)</source>
        <translation>GCJ-02 (tiles of Chinese map providers)</translation>
    </message>
    <message>
        <source>A tile address template needs all of %z, %x and %y.</source>
        <translation>A tile address template needs all of %z, %x and %y.</translation>
    </message>
    <message>
        <source>The address must begin with http:// or https://.</source>
        <translation>The address must begin with http:// or https://.</translation>
    </message>
    <message>
        <source>%1 does not name a server (expected e.g. http://tiles.example.gov.cn/).</source>
        <translation>%1 does not name a server (expected e.g. http://tiles.example.gov.cn/).</translation>
    </message>
</context>
<context>
    <name>yiping::ui::ConflictDialog</name>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Reading the conflicts…</translation>
    </message>
    <message>
        <source>No conflicts: every annotation is uploaded or waits for the next sync.</source>
        <translation>No conflicts: every annotation is uploaded or waits for the next sync.</translation>
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
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mine %1
server %2</source>
        <translation>mine %1
server %2</translation>
    </message>
    <message>
        <source>mine %1</source>
        <translation>mine %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Server&apos;s version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>The server&apos;s version has no revision to replace: only taking theirs is possible.</source>
        <translation>The server&apos;s version has no revision to replace: only taking theirs is possible.</translation>
    </message>
    <message>
        <source>This conflict was resolved meanwhile.</source>
        <translation>This conflict was resolved meanwhile.</translation>
    </message>
</context>
<context>
    <name>yiping::ui::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Layers that read together</source>
        <translation>Layers that read together</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>yiping::ui::LayerSection</name>
    <message>
        <source>Show or hide the filter and legend</source>
        <translation>Show or hide the filter and legend</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>Opacity of %1</translation>
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
        <translation>Yiping · %1 Command Center</translation>
    </message>
    <message>
        <source>%1 · coordinates %2</source>
        <translation>%1 · coordinates %2</translation>
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
    <message>
        <source>Opening the local cache…</source>
        <translation>Opening the local cache…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Sync…</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>Annotations the server refused because someone changed them first: choose which version stays</source>
        <translation>Annotations the server refused because someone changed them first: choose which version stays</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n conflict…</numerusform>
            <numerusform>%n conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation &amp;Conflicts…</source>
        <translation>Annotation &amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Page Tools</source>
        <translation>Page Tools</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapDataService</name>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>The cache cannot be read: %1</translation>
    </message>
    <message>
        <source>That record is not in the local cache.</source>
        <translation>That record is not in the local cache.</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Event heat</source>
        <translation>Event heat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Key sites</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Loading the map data…</source>
        <translation>Loading the map data…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the window</source>
        <translation>
            <numerusform>%Ln event in the window</numerusform>
            <numerusform>%Ln events in the window</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export Map as Image</source>
        <translation>Export Map as Image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The map was not exported: %1</source>
        <translation>The map was not exported: %1</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Map exported to %1</translation>
    </message>
    <message>
        <source>Export Map as PDF</source>
        <translation>Export Map as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>Lon %1°  Lat %2°</translation>
    </message>
    <message>
        <source>Export Map as &amp;Image…</source>
        <translation>Export Map as &amp;Image…</translation>
    </message>
    <message>
        <source>Export Map as &amp;PDF…</source>
        <translation>Export Map as &amp;PDF…</translation>
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
        <source>&amp;Basemap…</source>
        <translation>&amp;Basemap…</translation>
    </message>
    <message>
        <source>&amp;Layer Panel</source>
        <translation>&amp;Layer Panel</translation>
    </message>
    <message>
        <source>The basemap cannot be shown: %1</source>
        <translation>The basemap cannot be shown: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>yiping::ui::MetricChooser</name>
    <message>
        <source>Colour regions by</source>
        <translation>Colour regions by</translation>
    </message>
</context>
<context>
    <name>yiping::ui::PersonFilterWidget</name>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>yiping::ui::ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Close the profile</source>
        <translation>Close the profile</translation>
    </message>
    <message>
        <source>Choose a person, site or place on the map, or search for one, to see its profile here.</source>
        <translation>Choose a person, site or place on the map, or search for one, to see its profile here.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>The profile could not be read: %1</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Masked</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>No known relations</source>
        <translation>No known relations</translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation>Open graph</translation>
    </message>
    <message>
        <source>This person&apos;s relations as a graph</source>
        <translation>This person&apos;s relations as a graph</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Risk history</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pending upload</source>
        <translation>Pending upload</translation>
    </message>
    <message>
        <source>Kept on this computer; uploaded at the next sync.</source>
        <translation>Kept on this computer; uploaded at the next sync.</translation>
    </message>
    <message>
        <source>Add a note… (Ctrl+Enter)</source>
        <translation>Add a note… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge this alert; uploaded at the next sync.</source>
        <translation>Acknowledge this alert; uploaded at the next sync.</translation>
    </message>
    <message>
        <source>Acknowledged · pending upload</source>
        <translation>Acknowledged · pending upload</translation>
    </message>
    <message>
        <source>Personal data is partly hidden for your clearance.</source>
        <translation>Personal data is partly hidden for your clearance.</translation>
    </message>
</context>
<context>
    <name>yiping::ui::RiskBadge</name>
    <message>
        <source>Risk %1</source>
        <translation>Risk %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SearchBox</name>
    <message>
        <source>Search persons, sites, cases, places… (Ctrl+F)</source>
        <translation>Search persons, sites, cases, places… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>No results for “%1”</translation>
    </message>
    <message>
        <source>There is no local cache to search yet.</source>
        <translation>There is no local cache to search yet.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SearchResultsModel</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
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
        <translation>Sync: not signed in</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>Syncing %1/%2</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation>Sync: waiting</translation>
    </message>
    <message>
        <source> · live</source>
        <translation> · live</translation>
    </message>
    <message>
        <source> · connecting</source>
        <translation> · connecting</translation>
    </message>
    <message>
        <source> · offline</source>
        <translation> · offline</translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n conflict</numerusform>
            <numerusform> · %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yiping::ui::SyncDialog</name>
    <message>
        <source>Enter the server, the user and the password.</source>
        <translation>Enter the server, the user and the password.</translation>
    </message>
</context>
<context>
    <name>yiping::ui::SyncStatusModel</name>
    <message>
        <source>Grid regions</source>
        <translation>Grid regions</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <source>Key sites</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Legal services</source>
        <translation>Legal services</translation>
    </message>
    <message>
        <source>Track points</source>
        <translation>Track points</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Safety surveys</source>
        <translation>Safety surveys</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>In cache</source>
        <translation>In cache</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Syncing %1%</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>yiping::widgets::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>yiping::widgets::EventHistogram</name>
    <message>
        <source>Events over time</source>
        <translation>Events over time</translation>
    </message>
    <message>
        <source>Drag across the bars to choose a time window; Left and Right move it by one bar.</source>
        <translation>Drag across the bars to choose a time window; Left and Right move it by one bar.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n event(s)</source>
        <translation>
            <numerusform>%1 – %2: %n event</numerusform>
            <numerusform>%1 – %2: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yiping::widgets::TimeRangeDialog</name>
    <message>
        <source>Custom time window</source>
        <translation>Custom time window</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
</context>
<context>
    <name>yiping::widgets::TimeWindowBar</name>
    <message>
        <source>Last 24 h</source>
        <translation>Last 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
</TS>
