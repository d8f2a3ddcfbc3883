<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>BorderDesk cannot open its database</source>
        <translation>BorderDesk өз дерекқорын аша алмайды</translation>
    </message>
    <message>
        <source>BorderDesk is already open: its window was brought to the front</source>
        <translation>BorderDesk ашық тұр: оның терезесі алдыңғы жоспарға шығарылды</translation>
    </message>
    <message>
        <source>cannot reach the open window: {reason}</source>
        <translation>ашық терезеге қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{who} but does not answer. If its window does not respond, close it and start BorderDesk again.</source>
        <translation>{who}, бірақ жауап бермейді. Терезесі жауап бермесе, оны жауып, BorderDesk-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>another BorderDesk is running</source>
        <translation>басқа BorderDesk іске қосылып тұр</translation>
    </message>
    <message>
        <source>{who} and is using your notes. Start BorderDesk again when it has finished.</source>
        <translation>{who} және сіздің жазбаларыңызды пайдаланып жатыр. Ол аяқталған соң BorderDesk-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>BorderDesk is already running</source>
        <translation>BorderDesk іске қосылып тұр</translation>
    </message>
    <message>
        <source>BorderDesk cannot open this database</source>
        <translation>BorderDesk бұл дерекқорды аша алмайды</translation>
    </message>
    <message>
        <source>no backup of your notes was taken: {reason}</source>
        <translation>жазбалардың сақтық көшірмесі жасалмады: {reason}</translation>
    </message>
    <message>
        <source>no source {source} gives all five segment lengths; choose one of: {known}</source>
        <translation>бес учаскенің бәрінің ұзындығын беретін {source} дереккөзі жоқ; мыналардың бірін таңдаңыз: {known}</translation>
    </message>
    <message>
        <source>{source} is not the edition current on {day}; charting {shown}, the edition current then</source>
        <translation>{source} — {day} күні қолданыста болған басылым емес; диаграммада сол кездегі басылым — {shown} көрсетіледі</translation>
    </message>
    <message>
        <source>no border {border}; choose one of: {known}</source>
        <translation>{border} шекарасы жоқ; мыналардың бірін таңдаңыз: {known}</translation>
    </message>
    <message>
        <source>{source} ({label}) was not yet published on {day}; choose a date from {first} on, or another source</source>
        <translation>{source} ({label}) {day} күні әлі жарияланбаған еді; {first} бастап күн таңдаңыз немесе басқа дереккөзді алыңыз</translation>
    </message>
    <message>
        <source>no organisation {key}; choose one of: {known}</source>
        <translation>{key} деген ұйым жоқ; мыналардың бірін таңдаңыз: {known}</translation>
    </message>
    <message>
        <source>this database holds no map</source>
        <translation>бұл дерекқорда карта жоқ</translation>
    </message>
    <message>
        <source>Check that the file you chose with --db is a BorderDesk database.</source>
        <translation>--db арқылы таңдаған файлыңыздың BorderDesk дерекқоры екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>BorderDesk&apos;s own database is damaged or missing: please reinstall BorderDesk.</source>
        <translation>BorderDesk-тің өз дерекқоры бүлінген немесе жоқ: BorderDesk-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The database file

{file}

cannot be used: {problem}.</source>
        <translation>Дерекқор файлын

{file}

пайдалану мүмкін емес: {problem}.</translation>
    </message>
    <message>
        <source>BorderDesk is open (process {pid})</source>
        <translation>BorderDesk ашық (процесс {pid})</translation>
    </message>
    <message>
        <source>another BorderDesk command is running (process {pid})</source>
        <translation>басқа BorderDesk командасы орындалып жатыр (процесс {pid})</translation>
    </message>
    <message>
        <source>another BorderDesk is starting (process {pid})</source>
        <translation>басқа BorderDesk іске қосылуда (процесс {pid})</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Жүйелік</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>&amp;High contrast (projector)</source>
        <translation>Жоғары &amp;контраст (проектор)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Нақты өлшем</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message>
        <source>The article (c. 2012)</source>
        <translation>Мақала (шамамен 2012 ж.)</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union ({day})</source>
        <translation>Еуразиялық экономикалық одақ ({day})</translation>
    </message>
    <message>
        <source>The 2022 border treaties</source>
        <translation>2022 жылғы шекара туралы шарттар</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>not a date: {text} (use YYYY-MM-DD, YYYY-MM, YYYY, article or today)</source>
        <translation>күн емес: {text} (ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ, article немесе today деп жазыңыз)</translation>
    </message>
    <message>
        <source>no such date: {text}</source>
        <translation>мұндай күн жоқ: {text}</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>{day} жағдай бойынша</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>{day} жағдай бойынша</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>View as of</source>
        <translation>Күні бойынша көру</translation>
    </message>
    <message>
        <source>Arrow keys move a month, Page Up and Page Down a year</source>
        <translation>Көрсеткі пернелер — бір айға, Page Up және Page Down — бір жылға</translation>
    </message>
    <message>
        <source>Date viewed</source>
        <translation>Қаралатын күн</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Маңызды күндер</translation>
    </message>
</context>
<context>
    <name>BackForward</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>Back to {item}</source>
        <translation>Артқа: {item}</translation>
    </message>
    <message>
        <source>Forward to {item}</source>
        <translation>Алға: {item}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
</context>
<context>
    <name>BigTables</name>
    <message>
        <source>Lengths of all {count} borders by source (km)</source>
        <translation>Барлық шекаралардың ({count}) дереккөздер бойынша ұзындығы (км)</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Шекара</translation>
    </message>
    <message>
        <source>{source} (km)</source>
        <translation>{source} (км)</translation>
    </message>
    <message>
        <source>All {borders} borders × {organisations} organisations</source>
        <translation>Барлық шекаралар ({borders}) × барлық ұйымдар ({organisations})</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Көрші</translation>
    </message>
</context>
<context>
    <name>BorderMapView</name>
    <message>
        <source>Map of Kazakhstan&apos;s land borders</source>
        <translation>Қазақстанның құрлықтағы шекаралары картасы</translation>
    </message>
    <message>
        <source>{name} {length} ({source})</source>
        <translation>{name} {length} ({source})</translation>
    </message>
    <message>
        <source>Selected: {name}.</source>
        <translation>Таңдалғаны: {name}.</translation>
    </message>
    <message>
        <source>No map data</source>
        <translation>Карта деректері жоқ</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Length (km)</source>
        <translation>Ұзындығы (км)</translation>
    </message>
    <message>
        <source>{name} — {source}: {length}</source>
        <translation>{name} — {source}: {length}</translation>
    </message>
    <message>
        <source>({change} on the first source)</source>
        <translation>(бірінші дереккөзден {change})</translation>
    </message>
    <message>
        <source>{source}: {total} stated (bars add up to {sum})</source>
        <translation>{source}: мәлімделгені {total} (бағандардың қосындысы {sum})</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s land borders by length</source>
        <translation>Қазақстанның құрлықтағы шекаралары ұзындығы бойынша</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s land borders by length: sources compared</source>
        <translation>Қазақстанның құрлықтағы шекаралары ұзындығы бойынша: дереккөздерді салыстыру</translation>
    </message>
    <message>
        <source>{name}: {length} ({share} of {total}) — {source}</source>
        <translation>{name}: {length} ({total} ішінен {share}) — {source}</translation>
    </message>
    <message>
        <source>{name}: {length} — {source}</source>
        <translation>{name}: {length} — {source}</translation>
    </message>
    <message>
        <source>{title}: the {shown} longest of {count} (the table lists them all)</source>
        <translation>{title}: {count} ішінен ең ұзын {shown} (кестеде барлығы берілген)</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Source of the lengths</source>
        <translation>Ұзындықтардың дереккөзі</translation>
    </message>
    <message>
        <source>Which source&apos;s border lengths the chart shows</source>
        <translation>Диаграмма шекара ұзындығын қай дереккөз бойынша көрсетеді</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Дер&amp;еккөз:</translation>
    </message>
    <message>
        <source>Co&amp;mpare sources</source>
        <translation>Дереккөздерді са&amp;лыстыру</translation>
    </message>
    <message>
        <source>Show several sources&apos; lengths side by side as grouped bars</source>
        <translation>Бірнеше дереккөздің ұзындықтарын топтастырылған бағандармен қатар көрсету</translation>
    </message>
    <message>
        <source>Compare sources</source>
        <translation>Дереккөздерді салыстыру</translation>
    </message>
    <message>
        <source>Sources to &amp;compare…</source>
        <translation>Сал&amp;ыстырылатын дереккөздер…</translation>
    </message>
    <message>
        <source>Sources to compare</source>
        <translation>Салыстырылатын дереккөздер</translation>
    </message>
    <message>
        <source>Choose which sources the grouped bars show</source>
        <translation>Топтастырылған бағандар қай дереккөздерді көрсететінін таңдаңыз</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Ке&amp;сте</translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a sortable table (Ctrl+T)</source>
        <translation>Диаграмма көрсеткіштерін сұрыпталатын кесте түрінде көрсету (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Кесте түрінде көрсету</translation>
    </message>
    <message>
        <source>Cop&amp;y as CSV</source>
        <translation>CSV ретінде кө&amp;шіру</translation>
    </message>
    <message>
        <source>Copy the chart&apos;s figures, with their sources, to the clipboard as CSV</source>
        <translation>Диаграмма көрсеткіштерін дереккөздерімен бірге алмасу буферіне CSV пішімінде көшіру</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>CSV ретінде көшіру</translation>
    </message>
</context>
<context>
    <name>ChartLink</name>
    <message>
        <source>The chart could not be loaded.</source>
        <translation>Диаграмманы жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Chart source not available</source>
        <translation>Диаграмма дереккөзі қолжетімсіз</translation>
    </message>
    <message>
        <source>Sources cannot be compared</source>
        <translation>Дереккөздерді салыстыру мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Border lengths chart</source>
        <translation>Шекара ұзындығының диаграммасы</translation>
    </message>
    <message>
        <source>Bar chart of border lengths</source>
        <translation>Шекара ұзындығының бағанды диаграммасы</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Loading chart…</source>
        <translation>Диаграмма жүктелуде…</translation>
    </message>
    <message>
        <source>The chart could not be loaded.</source>
        <translation>Диаграмманы жүктеу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Шекара</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Ұзындығы (км)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Жалпыдан үлесі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>{source} (km)</source>
        <translation>{source} (км)</translation>
    </message>
    <message>
        <source>Border lengths table</source>
        <translation>Шекара ұзындығының кестесі</translation>
    </message>
    <message>
        <source>The chart&apos;s figures, one row per border. Choosing a row selects that border; a column heading sorts by it; Ctrl+C copies the table as CSV.</source>
        <translation>Диаграмма көрсеткіштері, әр шекараға бір жол. Жолды таңдау сол шекараны таңдайды; баған тақырыбы сол бойынша сұрыптайды; Ctrl+C кестені CSV пішімінде көшіреді.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Left and Right move between the bars, Home and End go to the first and the last.</source>
        <translation>Солға және Оңға пернелері бағандар арасында жылжиды, Home және End біріншісіне және соңғысына өтеді.</translation>
    </message>
    <message>
        <source>{source}: {length} in all ({borders})</source>
        <translation>{source}: барлығы {length} ({borders})</translation>
    </message>
    <message>
        <source>{name}, {length}, {share} of the total — {source}</source>
        <translation>{name}, {length}, жалпыдан {share} — {source}</translation>
    </message>
    <message>
        <source>{name}, {length} — {source}</source>
        <translation>{name}, {length} — {source}</translation>
    </message>
    <message>
        <source>Total {length}.</source>
        <translation>Барлығы {length}.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>sources of figures</source>
        <translation>көрсеткіштердің дереккөздері</translation>
    </message>
    <message>
        <source>sources of facts</source>
        <translation>фактілердің дереккөздері</translation>
    </message>
    <message>
        <source>sources of membership roles</source>
        <translation>мүшелік мәртебелерінің дереккөздері</translation>
    </message>
    <message>
        <source>sources of role confirmations</source>
        <translation>мәртебе растауларының дереккөздері</translation>
    </message>
    <message>
        <source>sources of quotes</source>
        <translation>дәйексөздердің дереккөздері</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>{file} тексерілуде</translation>
    </message>
    <message>
        <source>Translations (kk falls back to ru, then en; ru to en):</source>
        <translation>Аудармалар (kk жоқ болса — ru, одан кейін en; ru жоқ болса — en):</translation>
    </message>
    <message>
        <source>Verdict: OK: the database is sound</source>
        <translation>Қорытынды: OK: дерекқор жарамды</translation>
    </message>
    <message>
        <source>Verdict: FAILED: do not use this database</source>
        <translation>Қорытынды: ҚАТЕ: бұл дерекқорды пайдаланбаңыз</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>тұтастық</translation>
    </message>
    <message>
        <source>{version} (this BorderDesk reads it)</source>
        <translation>{version} (BorderDesk-тің бұл нұсқасы оны оқиды)</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>схема нұсқасы</translation>
    </message>
    <message>
        <source>contents match; dataset {version} ({date}), checksum {checksum}</source>
        <translation>мазмұны сәйкес; деректер жинағы {version} ({date}), бақылау сомасы {checksum}</translation>
    </message>
    <message>
        <source>dataset checksum</source>
        <translation>деректер жинағының бақылау сомасы</translation>
    </message>
    <message>
        <source>{missing} of {total} name no source</source>
        <translation>{total} жазбаның {missing} дереккөзді атамайды</translation>
    </message>
    <message>
        <source>all {total} name a source</source>
        <translation>барлық {total} жазба дереккөзді атайды</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>оқу</translation>
    </message>
    <message>
        <source>time-bound records</source>
        <translation>мерзімге байланысты жазбалар</translation>
    </message>
    <message>
        <source>every one is dated, no membership is listed twice, every count matches its list</source>
        <translation>әрқайсысының күні бар, бірде-бір мүшелік екі рет көрсетілмеген, әр сан өз тізіміне сәйкес</translation>
    </message>
    <message>
        <source>counts as of {day}</source>
        <translation>{day} жағдай бойынша сандар</translation>
    </message>
    <message>
        <source>every count in force matches the members listed that day</source>
        <translation>қолданыстағы әр сан сол күнгі мүшелер тізіміне сәйкес</translation>
    </message>
    <message>
        <source>{translated} of {total} texts ({share}%), {outdated} outdated, {missing} missing (shown in the fallback)</source>
        <translation>{total} мәтіннің {translated} аударылған ({share}%), {outdated} ескірген, {missing} жоқ (қосалқы тілде көрсетіледі)</translation>
    </message>
    <message>
        <source>; outdated: {slots}</source>
        <translation>; ескіргендері: {slots}</translation>
    </message>
    <message>
        <source>translations ({language})</source>
        <translation>аудармалар ({language})</translation>
    </message>
    <message>
        <source>{count} of no text: {slots}</source>
        <translation>бастапқы мәтіні жоқ {count}: {slots}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>open this BorderDesk database instead of the bundled one</source>
        <translation>кірістірілген дерекқордың орнына осы BorderDesk дерекқорын ашу</translation>
    </message>
    <message>
        <source>the language of the window, the files and the messages: kk (Kazakh), ru (Russian) or en (English); default: the system&apos;s, else English</source>
        <translation>терезенің, файлдардың және хабарламалардың тілі: kk (қазақша), ru (орысша) немесе en (ағылшынша); әдепкісі — жүйенің тілі, болмаса ағылшынша</translation>
    </message>
    <message>
        <source>not an item: {text} (e.g. border:kz-ru, organisation:csto, org:sco)</source>
        <translation>элемент емес: {text} (мысалы, border:kz-ru, organisation:csto, org:sco)</translation>
    </message>
    <message>
        <source>open the window at this item, e.g. border:kz-ru or org:csto (a window that is open already shows it)</source>
        <translation>терезені осы элементте ашу, мысалы border:kz-ru немесе org:csto (ашық тұрған терезе оны көрсетеді)</translation>
    </message>
    <message>
        <source>BorderDesk: an offline reference on Kazakhstan&apos;s land borders and the regional organisations that work on their security.</source>
        <translation>BorderDesk: Қазақстанның құрлықтағы шекаралары және олардың қауіпсіздігімен айналысатын өңірлік ұйымдар туралы желісіз анықтамалық.</translation>
    </message>
    <message>
        <source>open the BorderDesk window (default)</source>
        <translation>BorderDesk терезесін ашу (әдепкі)</translation>
    </message>
    <message>
        <source>write the segment-length chart to PNG, SVG or PDF (format from the extension)</source>
        <translation>учаскелер ұзындығының диаграммасын PNG, SVG немесе PDF файлына жазу (пішімі кеңейтім бойынша)</translation>
    </message>
    <message>
        <source>Write the chart of Kazakhstan&apos;s land-border segment lengths to a file. The format follows the extension: .png, .svg or .pdf. Needs no display.</source>
        <translation>Қазақстанның құрлықтағы шекара учаскелері ұзындығының диаграммасын файлға жазу. Пішімі кеңейтімге сәйкес: .png, .svg немесе .pdf. Дисплей қажет емес.</translation>
    </message>
    <message>
        <source>OUT.png, OUT.svg or OUT.pdf</source>
        <translation>OUT.png, OUT.svg немесе OUT.pdf</translation>
    </message>
    <message>
        <source>whose figures to chart, e.g. ART or CIA2015 (default: the dataset&apos;s default source)</source>
        <translation>кімнің көрсеткіштерін көрсету, мысалы ART немесе CIA2015 (әдепкісі — деректер жинағының негізгі дереккөзі)</translation>
    </message>
    <message>
        <source>chart several sources side by side as grouped bars, e.g. ART,CIA2008,CIA2015</source>
        <translation>бірнеше дереккөзді топтастырылған бағандармен қатар көрсету, мысалы ART,CIA2008,CIA2015</translation>
    </message>
    <message>
        <source>border key to highlight, e.g. kz-ru</source>
        <translation>ерекшеленетін шекараның кілті, мысалы kz-ru</translation>
    </message>
    <message>
        <source>chart the sources published by DATE, each series&apos; edition current then</source>
        <translation>DATE күніне дейін жарияланған дереккөздер бойынша диаграмма; әр серия үшін — сол кездегі басылым</translation>
    </message>
    <message>
        <source>write the border map to PNG, SVG or PDF (format from the extension)</source>
        <translation>шекаралар картасын PNG, SVG немесе PDF файлына жазу (пішімі кеңейтім бойынша)</translation>
    </message>
    <message>
        <source>Write the map of Kazakhstan&apos;s five land-border segments to a file, with a caption naming its data source and scale. The format follows the extension.</source>
        <translation>Қазақстанның құрлықтағы шекарасының бес учаскесі картасын дереккөзі мен масштабы көрсетілген түсініктемемен файлға жазу. Пішімі кеңейтімге сәйкес.</translation>
    </message>
    <message>
        <source>border key, e.g. kz-cn</source>
        <translation>шекараның кілті, мысалы kz-cn</translation>
    </message>
    <message>
        <source>hatch an organisation&apos;s member states on DATE, e.g. csto, sco, eaeu</source>
        <translation>ұйымның DATE күнгі мүше мемлекеттерін штрихтау, мысалы csto, sco, eaeu</translation>
    </message>
    <message>
        <source>the map as of DATE: city names, members</source>
        <translation>DATE жағдай бойынша карта: қала атаулары, мүшелер</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>бүтін сан емес: {text}</translation>
    </message>
    <message>
        <source>the width must be {low} to {high} pixels, not {value}</source>
        <translation>ені {low}–{high} пиксель болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>the height must be {low} to {high} pixels, not {value}</source>
        <translation>биіктігі {low}–{high} пиксель болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>--preset sets the width and height: give either --preset or --width/--height, not both</source>
        <translation>--preset енін де, биіктігін де белгілейді: не --preset, не --width/--height беріңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>size and look</source>
        <translation>өлшемі мен көрінісі</translation>
    </message>
    <message>
        <source>The size is 1920x1080 unless --preset or --width/--height give one.</source>
        <translation>--preset немесе --width/--height басқасын бермесе, өлшемі 1920x1080.</translation>
    </message>
    <message>
        <source>pixels, {low} to {high} (default {default})</source>
        <translation>пиксель, {low}–{high} (әдепкісі {default})</translation>
    </message>
    <message>
        <source>slide 1920x1080, 4k 3840x2160, or an A4 page at 300 dpi (2480x3508 portrait): the PDF page is then A4 and a PNG is marked 300 dpi; not with --width/--height</source>
        <translation>slide 1920x1080, 4k 3840x2160 немесе 300 dpi кезіндегі A4 беті (2480x3508, кітаптық): сонда PDF беті — A4, ал PNG 300 dpi деп белгіленеді; --width/--height-пен бірге емес</translation>
    </message>
    <message>
        <source>colours to draw in (default light, for print; contrast suits projectors)</source>
        <translation>сурет түстері (әдепкісі light — басып шығаруға; contrast проекторларға лайық)</translation>
    </message>
    <message>
        <source>draw one line naming the sources instead of the full caption (the full caption stays in the file&apos;s metadata)</source>
        <translation>толық түсініктеменің орнына дереккөздерді атайтын бір жол беру (толық түсініктеме файлдың метадеректерінде қалады)</translation>
    </message>
    <message>
        <source>name at least one source, e.g. ART,CIA2015</source>
        <translation>кемінде бір дереккөзді атаңыз, мысалы ART,CIA2015</translation>
    </message>
    <message>
        <source>write one-page handouts (a border or an organisation a page) to a PDF</source>
        <translation>бір беттік үлестірме материалдарды (бір бетке бір шекара не ұйым) PDF файлына жазу</translation>
    </message>
    <message>
        <source>write a quiz for the class, with a separate answer key, to a PDF</source>
        <translation>сыныпқа арналған викторинаны жеке жауаптар кілтімен PDF файлына жазу</translation>
    </message>
    <message>
        <source>name at least one --item (e.g. border:kz-ru), or use --all</source>
        <translation>кемінде бір --item атаңыз (мысалы, border:kz-ru) немесе --all қолданыңыз</translation>
    </message>
    <message>
        <source>write one-page handouts of borders and organisations to a PDF, one page each</source>
        <translation>шекаралар мен ұйымдар туралы үлестірме материалдарды PDF файлына жазу, әрқайсысына бір бет</translation>
    </message>
    <message>
        <source>Write a one-page handout for each border or organisation named: the title, the chart and the map with the border highlighted (for an organisation, the map with its member states marked), the key figures each with its source, a few key points, your own note on the item as the teacher&apos;s note, and the list of sources. Needs no display.</source>
        <translation>Аталған әр шекара немесе ұйым үшін бір беттік үлестірме материал жазу: тақырып, шекарасы белгіленген диаграмма мен карта (ұйым үшін — мүше мемлекеттері белгіленген карта), әрқайсысы дереккөзімен берілген негізгі көрсеткіштер, бірнеше негізгі тұжырым, нысан туралы өз жазбаңыз мұғалімнің жазбасы ретінде және дереккөздер тізімі. Дисплей қажет емес.</translation>
    </message>
    <message>
        <source>items: border:KEY or organisation:KEY (org:KEY for short), e.g. border:kz-ru, border:kz-cn, organisation:csto, org:sco</source>
        <translation>элементтер: border:КІЛТ немесе organisation:КІЛТ (қысқаша org:КІЛТ), мысалы border:kz-ru, border:kz-cn, organisation:csto, org:sco</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <source>a border or organisation, e.g. border:kz-ru or organisation:csto; repeat for more</source>
        <translation>шекара немесе ұйым, мысалы border:kz-ru немесе organisation:csto; бірнешеуі үшін қайталаңыз</translation>
    </message>
    <message>
        <source>one page for every border and organisation</source>
        <translation>әр шекара мен ұйымға бір беттен</translation>
    </message>
    <message>
        <source>paper size (default: from the locale, US Letter in the US and Canada, else A4)</source>
        <translation>қағаз пішімі (әдепкісі — өңірлік баптаулар бойынша: АҚШ пен Канадада US Letter, басқа жерде A4)</translation>
    </message>
    <message>
        <source>what held on DATE (default: today)</source>
        <translation>DATE күні не күшінде болғаны (әдепкіде — бүгін)</translation>
    </message>
    <message>
        <source>leave out your notes (by default each page prints your note on its item)</source>
        <translation>жазбаларыңызды қоспау (әдепкі бойынша әр бетте оның нысаны туралы жазбаңыз басылады)</translation>
    </message>
    <message>
        <source>a quiz needs at least one question, not {value}</source>
        <translation>викторинада кемінде бір сұрақ болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>must be between 0 and {most}, got {value}</source>
        <translation>0 мен {most} аралығында болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>Write a quiz made from the dataset and its sources: the questions first, then the answer key on pages of its own, every answer with its figures and their sources. The same --seed gives the same quiz. Needs no display.</source>
        <translation>Деректер жинағы мен оның дереккөздерінен құралған викторинаны жазу: алдымен сұрақтар, содан кейін жеке беттерде жауаптар кілті, әр жауап көрсеткіштерімен және олардың дереккөздерімен. Бірдей --seed бірдей викторина береді. Дисплей қажет емес.</translation>
    </message>
    <message>
        <source>how many questions (default {count})</source>
        <translation>сұрақтар саны (әдепкісі {count})</translation>
    </message>
    <message>
        <source>the quiz&apos;s number: the same number gives the same quiz (default: a new one)</source>
        <translation>викторина нөмірі: бірдей нөмір бірдей викторина береді (әдепкісі — жаңасы)</translation>
    </message>
    <message>
        <source>open the BorderDesk window (the default when no command is given)</source>
        <translation>BorderDesk терезесін ашу (команда берілмесе)</translation>
    </message>
    <message>
        <source>write the segment-length chart to a PNG, SVG or PDF file, no display needed</source>
        <translation>учаскелер ұзындығының диаграммасын PNG, SVG немесе PDF файлына жазу, дисплейсіз</translation>
    </message>
    <message>
        <source>write the border map to a PNG, SVG or PDF file, no display needed</source>
        <translation>шекаралар картасын PNG, SVG немесе PDF файлына жазу, дисплейсіз</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>командалар:</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>мысалдар:</translation>
    </message>
    <message>
        <source>write the open dataset (bundled, or --db) to a data pack, OUT.json</source>
        <translation>ашық деректер жинағын (кіріктірілгенді немесе --db) OUT.json деректер бумасына жазу</translation>
    </message>
    <message>
        <source>validate a data pack and add it as a dataset of its own (bundled data untouched)</source>
        <translation>деректер бумасын тексеріп, жеке деректер жинағы ретінде қосу (кіріктірілген деректер өзгермейді)</translation>
    </message>
    <message>
        <source>verify a database: integrity, schema version, checksum, sources; exit 1 if bad</source>
        <translation>дерекқорды тексеру: тұтастығы, схема нұсқасы, бақылау сомасы, дереккөздер; қате болса, 1 кодымен шығу</translation>
    </message>
    <message>
        <source>write your notes and bookmarks to a JSON file</source>
        <translation>жазбалар мен бетбелгілеріңізді JSON файлына жазу</translation>
    </message>
    <message>
        <source>merge notes and bookmarks from a JSON file (shows what changes first)</source>
        <translation>JSON файлындағы жазбалар мен бетбелгілерді біріктіру (алдымен не өзгеретінін көрсетеді)</translation>
    </message>
    <message>
        <source>a BorderDesk database instead of the bundled one</source>
        <translation>кіріктірілгеннің орнына BorderDesk дерекқоры</translation>
    </message>
    <message>
        <source>write the dataset to a data pack (JSON)</source>
        <translation>деректер жинағын деректер бумасына (JSON) жазу</translation>
    </message>
    <message>
        <source>import a data pack as a dataset of its own</source>
        <translation>деректер бумасын жеке деректер жинағы ретінде импорттау</translation>
    </message>
    <message>
        <source>what to call it (default: the file&apos;s name)</source>
        <translation>оның атауы (әдепкі бойынша: файлдың аты)</translation>
    </message>
    <message>
        <source>verify a database and print a verdict</source>
        <translation>дерекқорды тексеріп, қорытындыны шығару</translation>
    </message>
    <message>
        <source>also compare the counts in force on DATE with the members then</source>
        <translation>сондай-ақ DATE күнгі қолданыстағы сандарды сол кездегі мүшелермен салыстыру</translation>
    </message>
    <message>
        <source>write your notes and bookmarks to JSON</source>
        <translation>жазбалар мен бетбелгілеріңізді JSON-ға жазу</translation>
    </message>
    <message>
        <source>merge notes and bookmarks from JSON</source>
        <translation>JSON-дағы жазбалар мен бетбелгілерді біріктіру</translation>
    </message>
    <message>
        <source>a note that differs from yours: keep yours (default), replace it, or keep both</source>
        <translation>сіздікінен өзгеше жазба: сіздікін қалдыру (әдепкі), ауыстыру немесе екеуін де сақтау</translation>
    </message>
    <message>
        <source>show what would change, only</source>
        <translation>тек не өзгеретінін көрсету</translation>
    </message>
    <message>
        <source>{what}: YYYY-MM-DD, YYYY-MM, YYYY, &apos;article&apos; (c. 2012) or &apos;today&apos;</source>
        <translation>{what}: ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ, &apos;article&apos; (шамамен 2012 ж.) немесе &apos;today&apos;</translation>
    </message>
    <message>
        <source>wrote {file}: dataset {version}; {counts}</source>
        <translation>{file} жазылды: деректер жинағы {version}; {counts}</translation>
    </message>
    <message>
        <source>imported {file} as {name}: {database}</source>
        <translation>{file} {name} ретінде импортталды: {database}</translation>
    </message>
    <message>
        <source>open it with: {command}</source>
        <translation>оны ашу: {command}</translation>
    </message>
    <message>
        <source>wrote {file}: {notes}, {bookmarks}</source>
        <translation>{file} жазылды: {notes}, {bookmarks}</translation>
    </message>
    <message>
        <source>notes cannot be saved: {reason}</source>
        <translation>жазбаларды сақтау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>differs from yours: {item}</source>
        <translation>сіздікінен өзгеше: {item}</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>импорттайтын ештеңе жоқ</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{command} failed: {problem}</source>
        <translation>{command} орындалмады: {problem}</translation>
    </message>
    <message>
        <source>wrote {file} ({size})</source>
        <translation>{file} жазылды ({size})</translation>
    </message>
    <message>
        <source>wrote {file} ({pages}, {paper})</source>
        <translation>{file} жазылды ({pages}, {paper})</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>1-бет</translation>
    </message>
    <message>
        <source>pages 1–{last}</source>
        <translation>1–{last}-беттер</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>{page}-бет</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>{first}–{last}-беттер</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>cannot compare {unknown}; sources giving all five lengths: {known}</source>
        <translation>{unknown} салыстыру мүмкін емес; бес учаскенің бәрінің ұзындығын беретін дереккөздер: {known}</translation>
    </message>
    <message>
        <source>no sources</source>
        <translation>дереккөздер жоқ</translation>
    </message>
    <message>
        <source>{source} does not give the same borders</source>
        <translation>{source} дәл сол шекараларды бермейді</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>{file}: %n problems, nothing was imported:</source>
        <translation>
            <numerusform>{file}: %n қате, ештеңе импортталмады:</numerusform>
            <numerusform>{file}: %n қате, ештеңе импортталмады:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… тағы %n</numerusform>
            <numerusform>… тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this dataset allows %n different question(s): ask for %n or fewer</source>
        <translation>
            <numerusform>бұл деректер жинағынан %n түрлі сұрақ құруға болады: %n не одан аз сұраңыз</numerusform>
            <numerusform>бұл деректер жинағынан %n түрлі сұрақ құруға болады: %n не одан аз сұраңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n жаңа жазба</numerusform>
            <numerusform>%n жаңа жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differing from yours</source>
        <translation>
            <numerusform>%n жазба сіздікінен өзгеше</numerusform>
            <numerusform>%n жазба сіздікінен өзгеше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n бұрыннан бірдей</numerusform>
            <numerusform>%n бұрыннан бірдей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new bookmark(s)</source>
        <translation>
            <numerusform>%n жаңа бетбелгі</numerusform>
            <numerusform>%n жаңа бетбелгі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already bookmarked</source>
        <translation>
            <numerusform>%n бетбелгіде бар</numerusform>
            <numerusform>%n бетбелгіде бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n note(s)</source>
        <translation>
            <numerusform>%n жазба қосылды</numerusform>
            <numerusform>%n жазба қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced %n</source>
        <translation>
            <numerusform>%n ауыстырылды</numerusform>
            <numerusform>%n ауыстырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appended to %n</source>
        <translation>
            <numerusform>%n толықтырылды</numerusform>
            <numerusform>%n толықтырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %n of yours unchanged</source>
        <translation>
            <numerusform>сіздің %n жазбаңыз өзгеріссіз қалды</numerusform>
            <numerusform>сіздің %n жазбаңыз өзгеріссіз қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n bookmark(s)</source>
        <translation>
            <numerusform>%n бетбелгі қосылды</numerusform>
            <numerusform>%n бетбелгі қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} state(s)</source>
        <translation>
            <numerusform>{count} мемлекет</numerusform>
            <numerusform>{count} мемлекет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} observer(s)</source>
        <translation>
            <numerusform>{count} бақылаушы</numerusform>
            <numerusform>{count} бақылаушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} адам</numerusform>
            <numerusform>{count} адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n pages, the answer key from page {key}) in {folder}</source>
        <translation>
            <numerusform>{name} сақталды (%n бет, жауаптар кілті {key}-беттен басталады), қалта: {folder}</numerusform>
            <numerusform>{name} сақталды (%n бет, жауаптар кілті {key}-беттен басталады), қалта: {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total of the %n segment(s):</source>
        <translation>
            <numerusform>%n учаскенің жиыны:</numerusform>
            <numerusform>%n учаскенің жиыны:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more border(s).</source>
        <translation>
            <numerusform>… және тағы {count} шекара.</numerusform>
            <numerusform>… және тағы {count} шекара.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more note(s) on why they differ.</source>
        <translation>
            <numerusform>… және олардың неге әртүрлі екені туралы тағы {count} түсіндірме.</numerusform>
            <numerusform>… және олардың неге әртүрлі екені туралы тағы {count} түсіндірме.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more fact(s).</source>
        <translation>
            <numerusform>… және тағы {count} факт.</numerusform>
            <numerusform>… және тағы {count} факт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more figure(s).</source>
        <translation>
            <numerusform>… және тағы {count} көрсеткіш.</numerusform>
            <numerusform>… және тағы {count} көрсеткіш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} figure(s) rest on this source.</source>
        <translation>
            <numerusform>Осы дереккөзге {count} көрсеткіш негізделген.</numerusform>
            <numerusform>Осы дереккөзге {count} көрсеткіш негізделген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more item(s).</source>
        <translation>
            <numerusform>… және тағы {count} нысан.</numerusform>
            <numerusform>… және тағы {count} нысан.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Circle the letter of the right answer; where the question asks for an order, write the letters in that order.</source>
        <translation>
            <numerusform>%n сұрақ. Дұрыс жауаптың әрпін дөңгелектеп белгілеңіз; сұрақ ретімен орналастыруды сұраса, әріптерді сол ретпен жазыңыз.</numerusform>
            <numerusform>%n сұрақ. Дұрыс жауаптың әрпін дөңгелектеп белгілеңіз; сұрақ ретімен орналастыруды сұраса, әріптерді сол ретпен жазыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n бетбелгі</numerusform>
            <numerusform>%n бетбелгі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} (quiz {seed}: %n question(s) on {questions}, the answer key on {key}, {paper})</source>
        <translation>
            <numerusform>{file} жазылды (№ {seed} викторина: %n сұрақ — {questions}, жауаптар кілті — {key}, {paper})</numerusform>
            <numerusform>{file} жазылды (№ {seed} викторина: %n сұрақ — {questions}, жауаптар кілті — {key}, {paper})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map line {scale}, simplified to {length} (%n points)</source>
        <translation>
            <numerusform>Картадағы сызық {scale}, {length} дейін жеңілдетілген (%n нүкте)</numerusform>
            <numerusform>Картадағы сызық {scale}, {length} дейін жеңілдетілген (%n нүкте)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map line {scale} (%n points)</source>
        <translation>
            <numerusform>Картадағы сызық {scale} (%n нүкте)</numerusform>
            <numerusform>Картадағы сызық {scale} (%n нүкте)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table below gives all {count} borders&apos; lengths, one column per source that gives a length for every border. Select a row to open its border.</source>
        <translation>
            <numerusform>Төмендегі кестеде барлық {count} шекараның ұзындығы берілген: әр шекараның ұзындығын беретін әр дереккөзге бір баған. Шекарасын ашу үшін жолды таңдаңыз.</numerusform>
            <numerusform>Төмендегі кестеде барлық {count} шекараның ұзындығы берілген: әр шекараның ұзындығын беретін әр дереккөзге бір баған. Шекарасын ашу үшін жолды таңдаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each row is one source that gives a length for all {count} borders, in km. Tick “Compare sources” under the chart to see them as grouped bars.</source>
        <translation>
            <numerusform>Әр жол — {count} шекараның бәрінің ұзындығын беретін бір дереккөз, км. Оларды топтастырылған бағандар түрінде көру үшін диаграмма астындағы «Дереккөздерді салыстыру» белгісін қойыңыз.</numerusform>
            <numerusform>Әр жол — {count} шекараның бәрінің ұзындығын беретін бір дереккөз, км. Оларды топтастырылған бағандар түрінде көру үшін диаграмма астындағы «Дереккөздерді салыстыру» белгісін қойыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more later event(s).</source>
        <translation>
            <numerusform>… және тағы {count} кейінгі оқиға.</numerusform>
            <numerusform>… және тағы {count} кейінгі оқиға.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} оқиға</numerusform>
            <numerusform>{count} оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} border(s)</source>
        <translation>
            <numerusform>{count} шекара</numerusform>
            <numerusform>{count} шекара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} neighbour(s)</source>
        <translation>
            <numerusform>{count} көрші</numerusform>
            <numerusform>{count} көрші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} partner state(s)</source>
        <translation>
            <numerusform>{count} серіктес мемлекет</numerusform>
            <numerusform>{count} серіктес мемлекет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not labelled: %n name(s)</source>
        <translation>
            <numerusform>Белгіленбеген: %n атау</numerusform>
            <numerusform>Белгіленбеген: %n атау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: {sources} and %n more</source>
        <translation>
            <numerusform>Дереккөздер: {sources} және тағы %n</numerusform>
            <numerusform>Дереккөздер: {sources} және тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and {count} more</source>
        <translation>
            <numerusform>; және тағы {count}</numerusform>
            <numerusform>; және тағы {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s): {problems}</source>
        <translation>
            <numerusform>{count} мәселе: {problems}</numerusform>
            <numerusform>{count} мәселе: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dataset edition {version} ({date}): {count} change(s) since the previous edition, each with the sources it rests on.</source>
        <translation>
            <numerusform>Деректер жинағының шығарылымы {version} ({date}): алдыңғы шығарылымнан бері {count} өзгеріс, әрқайсысы сүйенетін дереккөздерімен.</numerusform>
            <numerusform>Деректер жинағының шығарылымы {version} ({date}): алдыңғы шығарылымнан бері {count} өзгеріс, әрқайсысы сүйенетін дереккөздерімен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} later statement(s) dated after {day} are not shown.</source>
        <translation>
            <numerusform>{day} күнінен кейінгі {count} мәлімет көрсетілмеген.</numerusform>
            <numerusform>{day} күнінен кейінгі {count} мәлімет көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list above has {listed} member(s); {source} counts {stated}.</source>
        <translation>
            <numerusform>Жоғарыдағы тізімде {listed} мүше бар; {source} деректері бойынша — {stated}.</numerusform>
            <numerusform>Жоғарыдағы тізімде {listed} мүше бар; {source} деректері бойынша — {stated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more membership(s).</source>
        <translation>
            <numerusform>… және тағы {count} мүшелік жазбасы.</numerusform>
            <numerusform>… және тағы {count} мүшелік жазбасы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n matches</source>
        <translation>
            <numerusform>Барлық %n нәтижені көрсету</numerusform>
            <numerusform>Барлық %n нәтижені көрсету</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Барлығын көрсету (%n)</numerusform>
            <numerusform>Барлығын көрсету (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Bundled dataset</source>
        <translation>Кірістірілген деректер жинағы</translation>
    </message>
    <message>
        <source>Wrote {file}: dataset {version} ({date})</source>
        <translation>{file} жазылды: деректер жинағы {version} ({date})</translation>
    </message>
    <message>
        <source>{name} (dataset {version}, {date})</source>
        <translation>{name} (деректер жинағы {version}, {date})</translation>
    </message>
</context>
<context>
    <name>DatedPages</name>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-пәтері</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төрағалық</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Құқықтық мәртебесі</translation>
    </message>
    <message>
        <source>As of {day}: what held on that day, each with its sources.</source>
        <translation>{day} жағдай бойынша: сол күні не күшінде болғаны, әрқайсысы дереккөздерімен.</translation>
    </message>
    <message>
        <source>last confirmed as of {when}</source>
        <translation>соңғы расталғаны: {when}</translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>{when} бастап</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>{when} дейін</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>растайтындар:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Item details</source>
        <translation>Нысан туралы мәлімет</translation>
    </message>
    <message>
        <source>The page of the item chosen in the list; Tab moves through its links, Enter follows one</source>
        <translation>Тізімде таңдалған нысанның беті; Tab оның сілтемелері бойынша жылжиды, Enter сілтемені ашады</translation>
    </message>
    <message>
        <source>Select a border or an organisation.</source>
        <translation>Шекараны немесе ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Қолжетімсіз</translation>
    </message>
    <message>
        <source>This item cannot be shown: {reason}</source>
        <translation>Бұл нысанды көрсету мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Not a BorderDesk link: {link}</source>
        <translation>Бұл BorderDesk сілтемесі емес: {link}</translation>
    </message>
    <message>
        <source>Link not opened: {link}</source>
        <translation>Сілтеме ашылмады: {link}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Сілтемені ашу керек пе?</translation>
    </message>
    <message>
        <source>Open this address outside BorderDesk?

{link}</source>
        <translation>Бұл мекенжайды BorderDesk-тен тыс ашу керек пе?

{link}</translation>
    </message>
    <message>
        <source>Link not opened.</source>
        <translation>Сілтеме ашылмады.</translation>
    </message>
    <message>
        <source>No program could open {link}</source>
        <translation>{link} сілтемесін ашатын бағдарлама табылмады</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} жазу мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Бірдеңе дұрыс болмады, әрекет орындалмады.</translation>
    </message>
    <message>
        <source>Details were written to {file}.</source>
        <translation>Толық мәлімет {file} файлына жазылды.</translation>
    </message>
    <message>
        <source>BorderDesk error</source>
        <translation>BorderDesk қатесі</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>no extension</source>
        <translation>кеңейтімі жоқ</translation>
    </message>
    <message>
        <source>unsupported format ({suffix}); use one of {formats}</source>
        <translation>қолдау көрсетілмейтін пішім ({suffix}); мыналардың бірін пайдаланыңыз: {formats}</translation>
    </message>
    <message>
        <source>border lengths</source>
        <translation>шекара ұзындығы</translation>
    </message>
    <message>
        <source>the chart shows no data yet</source>
        <translation>диаграмма әзірге деректерді көрсетпейді</translation>
    </message>
    <message>
        <source>size {size} is outside {least} to {most} pixels</source>
        <translation>{size} өлшемі {least} – {most} пиксель аралығынан тыс</translation>
    </message>
    <message>
        <source>a handout is a PDF file: name it {name}</source>
        <translation>үлестірме материал — PDF файлы: оны {name} деп атаңыз</translation>
    </message>
    <message>
        <source>a quiz is a PDF file: name it {name}</source>
        <translation>викторина — PDF файлы: оны {name} деп атаңыз</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>Preview of the exported chart</source>
        <translation>Экспортталатын диаграмманы алдын ала қарау</translation>
    </message>
    <message>
        <source>Preview of the exported map</source>
        <translation>Экспортталатын картаны алдын ала қарау</translation>
    </message>
    <message>
        <source>Window size ({size})</source>
        <translation>Терезе өлшемі ({size})</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өз өлшеміңіз</translation>
    </message>
    <message>
        <source>px</source>
        <translation>пикс.</translation>
    </message>
    <message>
        <source>Full caption under the figure</source>
        <translation>Сурет астында толық түсініктеме</translation>
    </message>
    <message>
        <source>Off: one line still names the sources and the dataset edition; the full caption stays in the file&apos;s metadata.</source>
        <translation>Өшірулі болса да, бір жол дереккөздер мен деректер жинағының шығарылымын атайды; толық түсініктеме файлдың метадеректерінде қалады.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ш&amp;олу…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Өлшем:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ені:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Биіктігі:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Түсі&amp;ніктеме:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Co&amp;py to clipboard</source>
        <translation>Буферге &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Saved {file} ({size}, {kib} KB) in {folder}</source>
        <translation>{file} сақталды ({size}, {kib} КБ), қалта: {folder}</translation>
    </message>
    <message>
        <source>Copied the chart ({size}) to the clipboard as an image and SVG.</source>
        <translation>Диаграмма ({size}) алмасу буферіне сурет және SVG ретінде көшірілді.</translation>
    </message>
    <message>
        <source>Copied the map ({size}) to the clipboard as an image and SVG.</source>
        <translation>Карта ({size}) алмасу буферіне сурет және SVG ретінде көшірілді.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Алдын ала қарау жоқ: {reason}</translation>
    </message>
    <message>
        <source>{size} px · {theme}</source>
        <translation>{size} пикс. · {theme}</translation>
    </message>
    <message>
        <source>{width} × {height} mm at {dpi} dpi</source>
        <translation>{width} × {height} мм, {dpi} dpi</translation>
    </message>
    <message>
        <source>The PDF page is an A4 page, {width} × {height} mm.</source>
        <translation>PDF беті — A4 парағы, {width} × {height} мм.</translation>
    </message>
    <message>
        <source>The PDF page has the image&apos;s own shape, at 96 dpi.</source>
        <translation>PDF беті суреттің өз пішінінде, 96 dpi.</translation>
    </message>
    <message>
        <source>The PNG file is marked {dpi} dpi, to print at A4 size.</source>
        <translation>PNG файлы A4 өлшемінде басып шығару үшін {dpi} dpi деп белгіленген.</translation>
    </message>
    <message>
        <source>Not copied: {reason}</source>
        <translation>Көшірілмеді: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>The chart could not be saved as
{file}

{reason}.</source>
        <translation>Диаграмманы мына файлға сақтау мүмкін болмады:
{file}

{reason}.</translation>
    </message>
    <message>
        <source>The map could not be saved as
{file}

{reason}.</source>
        <translation>Картаны мына файлға сақтау мүмкін болмады:
{file}

{reason}.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Slide 1920×1080</source>
        <translation>Слайд 1920×1080</translation>
    </message>
    <message>
        <source>4K 3840×2160</source>
        <translation>4K 3840×2160</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 тік, 300 dpi</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 көлденең, 300 dpi</translation>
    </message>
    <message>
        <source>unknown size preset {key}; use one of {known}</source>
        <translation>белгісіз өлшем үлгісі {key}; мыналардың бірін пайдаланыңыз: {known}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version}</source>
        <translation>BorderDesk деректер жинағы {version}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version} ({date}, {checksum}).</source>
        <translation>BorderDesk деректер жинағы {version} ({date}, {checksum}).</translation>
    </message>
    <message>
        <source>Map data: {sources} · {dataset}</source>
        <translation>Карта деректері: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>Sources: {sources} · {dataset}</source>
        <translation>Дереккөздер: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>Source: {sources} · {dataset}</source>
        <translation>Дереккөз: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>{title}, {as_of}</source>
        <translation>{title}, {as_of}</translation>
    </message>
    <message>
        <source>Members hatched per {sources}</source>
        <translation>Мүшелер {sources} деректері бойынша штрихталған</translation>
    </message>
    <message>
        <source>scale {scale}</source>
        <translation>масштабы {scale}</translation>
    </message>
    <message>
        <source>Map data: {sources}</source>
        <translation>Карта деректері: {sources}</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>land borders</source>
        <translation>құрлықтағы шекаралар</translation>
    </message>
    <message>
        <source>map</source>
        <translation>карта</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>Show &amp;chart</source>
        <translation>&amp;Диаграмманы көрсету</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>&amp;Картаны көрсету</translation>
    </message>
    <message>
        <source>Show your &amp;note</source>
        <translation>&amp;Жазбаны көрсету</translation>
    </message>
    <message>
        <source>Chart as ta&amp;ble</source>
        <translation>Диаграмма к&amp;есте түрінде</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Орналасуды &amp;қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Chart and map</source>
        <translation>Диаграмма және карта</translation>
    </message>
    <message>
        <source>Ctrl+1 shows the chart, Ctrl+2 the map; Hide folds them under the page</source>
        <translation>Ctrl+1 диаграмманы, Ctrl+2 картаны көрсетеді; «Жасыру» оларды бет астына жинайды</translation>
    </message>
    <message>
        <source>The border lengths chart (Ctrl+1)</source>
        <translation>Шекара ұзындығының диаграммасы (Ctrl+1)</translation>
    </message>
    <message>
        <source>The map of the borders (Ctrl+2)</source>
        <translation>Шекаралар картасы (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your own note on the item (Ctrl+3)</source>
        <translation>Нысан туралы өз жазбаңыз (Ctrl+3)</translation>
    </message>
    <message>
        <source>Note ✎</source>
        <translation>Жазба ✎</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Show ▴</source>
        <translation>Көрсету ▴</translation>
    </message>
    <message>
        <source>Hide ▾</source>
        <translation>Жасыру ▾</translation>
    </message>
    <message>
        <source>Open the chart and the map under the page</source>
        <translation>Бет астында диаграмма мен картаны ашу</translation>
    </message>
    <message>
        <source>Fold the chart and the map: the page takes the room</source>
        <translation>Диаграмма мен картаны жинау: орынды бет алады</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file is in use by another program; close it and try again</source>
        <translation>файлды басқа бағдарлама пайдаланып жатыр; оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the file system does not accept the characters of this name</source>
        <translation>файлдық жүйе бұл атаудағы таңбаларды қабылдамайды</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>қатынауға рұқсат жоқ</translation>
    </message>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>қалта тек оқуға арналған файлдық жүйеде орналасқан</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толып қалды</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>диск квотасы асып кетті</translation>
    </message>
    <message>
        <source>the file is larger than this file system allows</source>
        <translation>файл бұл файлдық жүйе рұқсат ететін көлемнен үлкен</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>диск енгізу-шығару қатесі туралы хабарлады</translation>
    </message>
    <message>
        <source>part of the folder path is a file, not a folder</source>
        <translation>қалта жолының бір бөлігі қалта емес, файл</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>бұл атау қалтаға берілген</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>файл атауы немесе жолы тым ұзын</translation>
    </message>
    <message>
        <source>the path loops through symbolic links</source>
        <translation>жол символдық сілтемелер арқылы тұйықталады</translation>
    </message>
    <message>
        <source>the file system does not accept this name</source>
        <translation>файлдық жүйе бұл атауды қабылдамайды</translation>
    </message>
    <message>
        <source>the file name is longer than {limit} bytes</source>
        <translation>файл атауы {limit} байттан ұзын</translation>
    </message>
    <message>
        <source>{kind} has that name, not a file</source>
        <translation>бұл атауда файл емес, {kind} тұр</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} — қалта емес, файл</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>атаулы арна (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символдық құрылғы</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блоктық құрылғы</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation>бұл — {kind}, кәдімгі файл емес</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>c. {year}</source>
        <translation>шамамен {year}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version} ({date}, {checksum})</source>
        <translation>BorderDesk деректер жинағы {version} ({date}, {checksum})</translation>
    </message>
    <message>
        <source>Source: {title} — {publisher}, {edition}{ended}. {as_of}{dataset}.</source>
        <translation>Дереккөз: {title} — {publisher}, {edition}{ended}. {as_of}{dataset}.</translation>
    </message>
    <message>
        <source>Sources: {sources}. {as_of}{dataset}.</source>
        <translation>Дереккөздер: {sources}. {as_of}{dataset}.</translation>
    </message>
    <message>
        <source>Source: {sources} · BorderDesk dataset {version}</source>
        <translation>Дереккөз: {sources} · BorderDesk деректер жинағы {version}</translation>
    </message>
    <message>
        <source>Sources: {sources} · BorderDesk dataset {version}</source>
        <translation>Дереккөздер: {sources} · BorderDesk деректер жинағы {version}</translation>
    </message>
    <message>
        <source>discontinued {day}: figures frozen</source>
        <translation>{day} шығуы тоқтатылды: көрсеткіштер енді жаңартылмайды</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>since {year}</source>
        <translation>{year} жылдан</translation>
    </message>
    <message>
        <source>last confirmed {date}</source>
        <translation>соңғы расталғаны: {date}</translation>
    </message>
    <message>
        <source>{when}: member, participation suspended or frozen</source>
        <translation>{when}: мүше, қатысуы тоқтатыла тұрған не мұздатылған</translation>
    </message>
    <message>
        <source>{when}: observer or partner, since {year}</source>
        <translation>{when}: {year} жылдан бақылаушы не серіктес</translation>
    </message>
    <message>
        <source>{when}: observer or partner</source>
        <translation>{when}: бақылаушы не серіктес</translation>
    </message>
    <message>
        <source>{when}: left {year}</source>
        <translation>{when}: {year} жылы шықты</translation>
    </message>
    <message>
        <source>{when}: former member</source>
        <translation>{when}: бұрынғы мүше</translation>
    </message>
    <message>
        <source>{when}: not a member</source>
        <translation>{when}: мүше емес</translation>
    </message>
    <message>
        <source>The table below gives all {neighbours} neighbours by {organisations} organisations, each cell with its sources. Select a row to open its border.</source>
        <translation>Төмендегі кестеде барлық көршілер ({neighbours}) барлық ұйымдар ({organisations}) бойынша берілген, әр ұяшықта оның дереккөздері бар. Шекарасын ашу үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>✓ both members · ◑ the neighbour&apos;s participation is suspended or frozen · ◐ the neighbour is an observer or partner · ✗ not shared. “{then}” is the article&apos;s date (early to mid {then}, inferred; compared as {then_date}); “{now}” is the date viewed, {now_date}. A membership no source confirms on that day is marked “last confirmed”. A column joins an organisation with its predecessors.</source>
        <translation>✓ екеуі де мүше · ◑ көршінің қатысуы тоқтатыла тұрған не мұздатылған · ◐ көрші — бақылаушы не серіктес · ✗ ортақ емес. «{then}» — мақаланың күні ({then} жылдың басы не ортасы, мазмұнынан анықталған; салыстыру үшін {then_date} алынды); «{now}» — қаралатын күн, {now_date}. Сол күні бірде-бір дереккөз растамаған мүшелік «соңғы расталғаны» деп белгіленген. Баған ұйымды оның алдындағы ұйымдармен біріктіреді.</translation>
    </message>
    <message>
        <source>Comparison · {as_of}</source>
        <translation>Салыстыру · {as_of}</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Көрші</translation>
    </message>
    <message>
        <source>Which organisations each neighbour shares with Kazakhstan, computed from the membership records and their dates. The article links China&apos;s place outside the customs union to smuggling.</source>
        <translation>Әр көршінің Қазақстанмен қай ұйымдарға бірге мүше екені — мүшелік жазбалары мен олардың күндері бойынша есептелген. Мақала Қытайдың кеден одағынан тыс болуын контрабандамен байланыстырады.</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Шекаралар × ұйымдар</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the user guide is missing from this installation ({file}); please reinstall BorderDesk</source>
        <translation>бұл орнатуда пайдаланушы нұсқаулығы жоқ ({file}); BorderDesk-ті қайта орнатыңыз</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>BorderDesk user guide</source>
        <translation>BorderDesk пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Not a BorderDesk link: {link}</source>
        <translation>Бұл BorderDesk сілтемесі емес: {link}</translation>
    </message>
    <message>
        <source>Link not opened: {link}</source>
        <translation>Сілтеме ашылмады: {link}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>BorderDesk {version} · dataset {dataset} · {as_of} · printed {day}</source>
        <translation>BorderDesk {version} · деректер жинағы {dataset} · {as_of} · басылған күні {day}</translation>
    </message>
    <message>
        <source>BorderDesk handout: {title}, {as_of}</source>
        <translation>BorderDesk үлестірме материалы: {title}, {as_of}</translation>
    </message>
    <message>
        <source>BorderDesk handouts: Kazakhstan&apos;s land borders and regional organisations, {as_of}</source>
        <translation>BorderDesk үлестірме материалдары: Қазақстанның құрлықтағы шекаралары мен өңірлік ұйымдар, {as_of}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count} беттің {page}-беті</translation>
    </message>
    <message>
        <source>no handout for {item}: handouts exist for borders and organisations, e.g. {examples}</source>
        <translation>{item} үшін үлестірме материал жоқ: олар шекаралар мен ұйымдарға арналған, мысалы {examples}</translation>
    </message>
    <message>
        <source>choose at least one border or organisation</source>
        <translation>кемінде бір шекараны немесе ұйымды таңдаңыз</translation>
    </message>
    <message>
        <source>handouts exist for borders and organisations, not for {item}</source>
        <translation>үлестірме материалдар {item} үшін емес, шекаралар мен ұйымдар үшін жасалады</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Мұғалімнің жазбасы</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Негізгі тұстар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>BorderDesk handout · Kazakhstan&apos;s land borders</source>
        <translation>BorderDesk үлестірме материалы · Қазақстанның құрлықтағы шекаралары</translation>
    </message>
    <message>
        <source>BorderDesk handout · Regional organisations</source>
        <translation>BorderDesk үлестірме материалы · Өңірлік ұйымдар</translation>
    </message>
    <message>
        <source>Hatched on the map: {members}.</source>
        <translation>Картада штрихпен белгіленгені: {members}.</translation>
    </message>
    <message>
        <source>Hatched on the map: {members}, as recorded by {sources}.</source>
        <translation>Картада штрихпен белгіленгені: {members}, {sources} деректері бойынша.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>overview</source>
        <translation>шолу</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>person</source>
        <translation>тұлға</translation>
    </message>
    <message>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>салыстыру</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Үлестірме материал</translation>
    </message>
    <message>
        <source>&amp;All borders and organisations</source>
        <translation>&amp;Барлық шекаралар мен ұйымдар</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Нысан:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>One page for each border or organisation: its key figures, each with its source, a few key points and the list of sources, beside the chart with the border highlighted or, for an organisation, the map with its member states hatched.</source>
        <translation>Әр шекараға не ұйымға бір бет: негізгі көрсеткіштер, әрқайсысы өз дереккөзімен, бірнеше негізгі тұс және дереккөздер тізімі, қасында — шекарасы ерекшеленген диаграмма, ал ұйым үшін — мүше мемлекеттері штрихталған карта.</translation>
    </message>
    <message>
        <source>Preview of the handout page</source>
        <translation>Үлестірме материал бетін алдын ала қарау</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>The selected {kind} has no handout: handouts exist for borders and organisations.</source>
        <translation>Таңдалған нысан ({kind}) үшін үлестірме материал жоқ: ол шекаралар мен ұйымдарға ғана арналған.</translation>
    </message>
    <message>
        <source>Offered instead: {item}, which it links to.</source>
        <translation>Оның орнына ұсынылғаны: {item} — осыған сілтеме бар.</translation>
    </message>
    <message>
        <source>Choose one below, or all of them.</source>
        <translation>Төменнен біреуін немесе бәрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Saving the handouts</source>
        <translation>Үлестірме материалдар сақталуда</translation>
    </message>
    <message>
        <source>Not saved: cancelled.</source>
        <translation>Сақталмады: бас тартылды.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Үлестірме материал сақталмады</translation>
    </message>
    <message>
        <source>The handout could not be saved as
{file}

{reason}.</source>
        <translation>Үлестірме материалды мына файлға сақтау мүмкін болмады:
{file}

{reason}.</translation>
    </message>
    <message>
        <source>Saved {file} ({pages}, {paper}, {kib} KB) in {folder}</source>
        <translation>{file} сақталды ({pages}, {paper}, {kib} КБ), қалта: {folder}</translation>
    </message>
    <message>
        <source>Printing the handouts</source>
        <translation>Үлестірме материалдар басып шығарылуда</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Басып шығарудан бас тартылды.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Басып шығарылмады: {reason}</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Үлестірме материал басып шығарылмады</translation>
    </message>
    <message>
        <source>The handout could not be printed on
{printer}

{reason}.</source>
        <translation>Үлестірме материалды мына принтерде басып шығару мүмкін болмады:
{printer}

{reason}.</translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation>Принтерге жіберілді: {pages}.</translation>
    </message>
    <message>
        <source>Page {page} of {count} · {paper}</source>
        <translation>{count} беттің {page}-беті · {paper}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Үлестірме материалды PDF етіп сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Үлестірме материалды басып шығару</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new in this dataset</source>
        <translation>Деректер жинағындағы &amp;жаңалықтар</translation>
    </message>
    <message>
        <source>&amp;About BorderDesk</source>
        <translation>BorderDesk &amp;туралы</translation>
    </message>
    <message>
        <source>Change log not available</source>
        <translation>Өзгерістер журналы қолжетімсіз</translation>
    </message>
    <message>
        <source>About BorderDesk</source>
        <translation>BorderDesk туралы</translation>
    </message>
    <message>
        <source>An offline reference on Kazakhstan&apos;s land borders and regional security organisations.</source>
        <translation>Қазақстанның құрлықтағы шекаралары мен өңірлік қауіпсіздік ұйымдары туралы желісіз анықтамалық.</translation>
    </message>
    <message>
        <source>Dataset edition {version}, {date}</source>
        <translation>Деректер жинағының шығарылымы {version}, {date}</translation>
    </message>
    <message>
        <source>Schema version {number}</source>
        <translation>Схема нұсқасы {number}</translation>
    </message>
    <message>
        <source>Checksum (SHA-256):</source>
        <translation>Бақылау сомасы (SHA-256):</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot be imported</source>
        <translation>импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported</source>
        <translation>{file}: {problem}; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>cannot store the imported data in {folder}: {problem}; nothing was imported</source>
        <translation>импортталған деректерді {folder} қалтасына сақтау мүмкін болмады: {problem}; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Файл оқылуда</translation>
    </message>
    <message>
        <source>Checking every record</source>
        <translation>Барлық деректер тексерілуде</translation>
    </message>
    <message>
        <source>Building its database</source>
        <translation>Дерекқор құрылуда</translation>
    </message>
    <message>
        <source>Checking the new database</source>
        <translation>Жаңа дерекқор тексерілуде</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Keep my notes (ignore the imported ones that differ)</source>
        <translation>Менің жазбаларымды қалдыру (өзгеше импортталғандарын елемеу)</translation>
    </message>
    <message>
        <source>Keep both (add the imported text under mine)</source>
        <translation>Екеуін де қалдыру (импортталған мәтінді менікінің астына қосу)</translation>
    </message>
    <message>
        <source>Use the imported notes instead of mine</source>
        <translation>Менікінің орнына импортталған жазбаларды алу</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Notes that differ from yours:</source>
        <translation>Сіздікінен өзгеше жазбалар:</translation>
    </message>
    <message>
        <source>New notes</source>
        <translation>Жаңа жазбалар</translation>
    </message>
    <message>
        <source>Notes that differ from yours</source>
        <translation>Сіздікінен өзгеше жазбалар</translation>
    </message>
    <message>
        <source>yours:</source>
        <translation>сіздікі:</translation>
    </message>
    <message>
        <source>imported:</source>
        <translation>импортталғаны:</translation>
    </message>
    <message>
        <source>New bookmarks</source>
        <translation>Жаңа бетбелгілер</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Ештеңе өзгермейді.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>Chart (when it has the keyboard focus)</source>
        <translation>Диаграмма (пернетақта фокусы онда болғанда)</translation>
    </message>
    <message>
        <source>Select the border of the next bar</source>
        <translation>Келесі бағанның шекарасын таңдау</translation>
    </message>
    <message>
        <source>Select the border of the first or last bar</source>
        <translation>Бірінші не соңғы бағанның шекарасын таңдау</translation>
    </message>
    <message>
        <source>Copy the table&apos;s figures as CSV</source>
        <translation>Кесте көрсеткіштерін CSV пішімінде көшіру</translation>
    </message>
    <message>
        <source>Map (when it has the keyboard focus)</source>
        <translation>Карта (пернетақта фокусы онда болғанда)</translation>
    </message>
    <message>
        <source>Zoom in (the wheel zooms too)</source>
        <translation>Үлкейту (тінтуір дөңгелегі де масштабтайды)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Move the map (or drag it)</source>
        <translation>Картаны жылжыту (немесе сүйреу)</translation>
    </message>
    <message>
        <source>Show the whole map again</source>
        <translation>Бүкіл картаны қайта көрсету</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Презентация режимі</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Келесі слайд</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Алдыңғы слайд</translation>
    </message>
    <message>
        <source>First or last slide</source>
        <translation>Бірінші не соңғы слайд</translation>
    </message>
    <message>
        <source>Show the map instead of the chart, or back</source>
        <translation>Диаграмманың орнына картаны көрсету немесе керісінше</translation>
    </message>
    <message>
        <source>Larger or smaller type on the slide, or as designed</source>
        <translation>Слайдтағы мәтінді үлкейту не кішірейту, не бастапқы өлшем</translation>
    </message>
    <message>
        <source>Start a quiz for the class</source>
        <translation>Сыныпқа викторина бастау</translation>
    </message>
    <message>
        <source>Next key date (Shift+T: the previous one), as of the date</source>
        <translation>Келесі маңызды күн (Shift+T — алдыңғысы), бәрі сол күнгі жағдаймен</translation>
    </message>
    <message>
        <source>Leave, back to the same item in the window</source>
        <translation>Шығып, терезедегі сол нысанға оралу</translation>
    </message>
    <message>
        <source>Quiz (View → Quiz, or Q in presentation mode)</source>
        <translation>Викторина (Көрініс → Викторина немесе презентация режимінде Q)</translation>
    </message>
    <message>
        <source>Show the answer and its sources (again: next question)</source>
        <translation>Жауапты және оның дереккөздерін көрсету (қайта басса — келесі сұрақ)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Келесі сұрақ</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Алдыңғы сұрақ</translation>
    </message>
    <message>
        <source>First or last question</source>
        <translation>Бірінші не соңғы сұрақ</translation>
    </message>
    <message>
        <source>Leave the quiz</source>
        <translation>Викторинадан шығу</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Іздеу өрісі</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Іздеуді тазалау</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Нәтижелерге өту</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <source>The language of the menus, the pages, the slides and the exports</source>
        <translation>Мәзірлердің, беттердің, слайдтардың және экспорттың тілі</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Chart legend</source>
        <translation>Диаграмманың шартты белгілері</translation>
    </message>
</context>
<context>
    <name>LengthsPage</name>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>vs article</source>
        <translation>мақаламен айырма</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation>Неге өзгеше</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Салыстыру негізі:</translation>
    </message>
    <message>
        <source>the figure every row is compared with.</source>
        <translation>әр жол осы көрсеткішпен салыстырылады.</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Себебі көрсетілмеген.</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>(негіз)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>Why the lengths differ</source>
        <translation>Неге ұзындықтар әртүрлі</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Жиыны</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Мәлімделген жиыны</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>adds up</source>
        <translation>сәйкес келеді</translation>
    </message>
    <message>
        <source>stated total is {difference} off its parts</source>
        <translation>мәлімделген жиыны бөліктерінің қосындысынан {difference} өзгеше</translation>
    </message>
    <message>
        <source>Borders:</source>
        <translation>Шекаралар:</translation>
    </message>
    <message>
        <source>Lengths by source (km)</source>
        <translation>Дереккөздер бойынша ұзындық (км)</translation>
    </message>
    <message>
        <source>Totals compared with the article</source>
        <translation>Жиындар мақаламен салыстырғанда</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Дереккөздер бойынша ұзындық</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Салыстыру</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>Dataset {version} · {date} · {checksum}</source>
        <translation>Деректер жинағы {version} · {date} · {checksum}</translation>
    </message>
    <message>
        <source>Dataset checksum (SHA-256): {checksum}</source>
        <translation>Деректер жинағының бақылау сомасы (SHA-256): {checksum}</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Map: scale {scale}</source>
        <translation>Карта: масштабы {scale}</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map data: {title}, {edition} (scale {scale})</source>
        <translation>Карта деректері: {title}, {edition} (масштабы {scale})</translation>
    </message>
    <message>
        <source>Map data: {sources}</source>
        <translation>Карта деректері: {sources}</translation>
    </message>
    <message>
        <source>Kazakhstan and its neighbours</source>
        <translation>Қазақстан және оның көршілері</translation>
    </message>
    <message>
        <source>Border segment (as in the chart)</source>
        <translation>Шекара учаскесі (диаграммадағыдай)</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Таңдалған учаске</translation>
    </message>
    <message>
        <source>Caspian Sea shore</source>
        <translation>Каспий теңізінің жағалауы</translation>
    </message>
    <message>
        <source>Sea, lake or reservoir</source>
        <translation>Теңіз, көл немесе су қоймасы</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Мүше мемлекет</translation>
    </message>
    <message>
        <source>Disputed (see note)</source>
        <translation>Даулы аумақ (ескертуді қараңыз)</translation>
    </message>
    <message>
        <source>Rivers: not drawn (no 1:10m rivers)</source>
        <translation>Өзендер көрсетілмеген (1:10m масштабында өзендер жоқ)</translation>
    </message>
    <message>
        <source>Not labelled: {names}</source>
        <translation>Жазусыз қалғандары: {names}</translation>
    </message>
    <message>
        <source>Hatched: {members}</source>
        <translation>Штрихталғаны: {members}</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the letter on the north arrow</comment>
        <translation>С</translation>
    </message>
    <message>
        <source>{border}: {length} ({source})</source>
        <translation>{border}: {length} ({source})</translation>
    </message>
    <message>
        <source>{name} (disputed)</source>
        <translation>{name} (даулы)</translation>
    </message>
    <message>
        <source>{degrees}°N</source>
        <translation>{degrees}° с. е.</translation>
    </message>
    <message>
        <source>{degrees}°E</source>
        <translation>{degrees}° ш. б.</translation>
    </message>
</context>
<context>
    <name>MapLengthPage</name>
    <message>
        <source>A border on a map is a chain of straight steps between points. The fewer the points, the more of each river bend and mountain zig-zag is cut short, so the same border measured on a coarser map comes out shorter, and measured on ever finer maps it keeps growing: the coastline paradox. The rows above show it on this border: Natural Earth&apos;s world map at 1:110m, its 1:10m line (the one the map draws), and that line simplified as the map draws it when zoomed out. The published figures come from surveys and large-scale maps that follow the border&apos;s real course; they also differ among themselves because the sources measured at different scales and times, before or after the line was agreed and marked on the ground, and did not always count the same stretches.</source>
        <translation>Картадағы шекара — нүктелер арасындағы түзу кесінділер тізбегі. Нүктелер неғұрлым аз болса, өзен иірімдері мен тау зигзагтары соғұрлым көбірек қиылады, сондықтан сол шекара ірірек картада қысқарақ шығады, ал барған сайын егжей-тегжейлі карталарда ұзара береді: бұл — жағалау сызығы парадоксы. Жоғарыдағы жолдар мұны осы шекарада көрсетеді: Natural Earth әлем картасы 1:110m масштабында, оның 1:10m сызығы (карта соны бойынша салынған) және карта кішірейткенде салатындай жеңілдетілген сол сызық. Жарияланған көрсеткіштер шекараның нақты бағытын қайталайтын түсірілімдер мен ірі масштабты карталардан алынған; олардың өзара айырмашылығы дереккөздердің әртүрлі масштабта және әртүрлі уақытта — сызық келісіліп, жергілікті жерде белгіленгенге дейін не одан кейін — өлшегенінен және әрдайым бірдей бөліктерді есептемегенінен.</translation>
    </message>
    <message>
        <source>Measured along the map line</source>
        <translation>Картадағы сызық бойынша өлшенген</translation>
    </message>
    <message>
        <source>Measured on the map line, then published</source>
        <translation>Алдымен картадағы сызық бойынша өлшенгені, содан кейін жарияланғаны</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Of the longest</source>
        <translation>Ең ұзынынан</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Each map line&apos;s length is the sum of the great-circle distances between its points, on a sphere of the Earth&apos;s mean radius. These are lengths measured on map lines (purple bars), not published figures (blue bars).</source>
        <translation>Картадағы әр сызықтың ұзындығы — Жердің орташа радиусындағы сферада оның нүктелері арасындағы үлкен шеңбер бойымен өлшенген қашықтықтардың қосындысы. Бұлар жарияланған көрсеткіштер (көк жолақтар) емес, картадағы сызықтар бойынша өлшенген ұзындықтар (күлгін жолақтар).</translation>
    </message>
</context>
<context>
    <name>MapLink</name>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Картаны жүктеу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>MapSlot</name>
    <message>
        <source>Loading map…</source>
        <translation>Карта жүктелуде…</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Картаны жүктеу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>none — {reason} ({as_of})</source>
        <translation>жоқ — {reason} ({as_of})</translation>
    </message>
    <message>
        <source>members of the {organisation} {as_of}</source>
        <translation>{as_of} {organisation} ұйымының мүшелері</translation>
    </message>
    <message>
        <source> (not hatched, participation suspended or frozen: {names})</source>
        <translation> (штрихталмаған, қатысуы тоқтатыла тұрған не мұздатылған: {names})</translation>
    </message>
    <message>
        <source>the {organisation} began on {when}</source>
        <translation>{organisation} ұйымы {when} құрылды</translation>
    </message>
    <message>
        <source>the {organisation} ended on {when}</source>
        <translation>{organisation} ұйымы {when} қызметін тоқтатты</translation>
    </message>
    <message>
        <source>no member of the {organisation} is recorded</source>
        <translation>{organisation} ұйымының бірде-бір мүшесі жазылмаған</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Borders</source>
        <translation>Шекаралар</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Topics and threats</source>
        <translation>Тақырыптар мен қатерлер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Салыстырулар</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Дереккөздер бойынша ұзындық</translation>
    </message>
    <message>
        <source>sources side by side</source>
        <translation>дереккөздер қатар</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Шекаралар × ұйымдар</translation>
    </message>
    <message>
        <source>shared memberships then and now</source>
        <translation>ортақ мүшелік сол кезде және қазір</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>events by date</source>
        <translation>оқиғалар күндері бойынша</translation>
    </message>
    <message>
        <source>What changed since the article</source>
        <translation>Мақаладан кейін не өзгерді</translation>
    </message>
    <message>
        <source>then, now and the dates between</source>
        <translation>сол кезде, қазір және арадағы күндер</translation>
    </message>
    <message>
        <source>Kazakhstan overview</source>
        <translation>Қазақстанға шолу</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Filters the list of borders, organisations, people and events as you type (Ctrl+F); Down moves into the list, Esc clears the search</source>
        <translation>Теру барысында шекаралар, ұйымдар, тұлғалар мен оқиғалар тізімін сүзеді (Ctrl+F); Төмен пернесі тізімге өтеді, Esc іздеуді тазалайды</translation>
    </message>
    <message>
        <source>Search borders, organisations, people…</source>
        <translation>Шекараларды, ұйымдарды, тұлғаларды іздеу…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Шарлау</translation>
    </message>
    <message>
        <source>Borders, comparisons, organisations, topics, people, events and sources: the chosen one&apos;s page is shown beside the list</source>
        <translation>Шекаралар, салыстырулар, ұйымдар, тақырыптар, тұлғалар, оқиғалар және дереккөздер: таңдалғанының беті тізімнің қасында көрсетіледі</translation>
    </message>
    <message>
        <source>Focus &amp;search</source>
        <translation>&amp;Іздеуге өту</translation>
    </message>
    <message>
        <source>Searching every name in every language…</source>
        <translation>Барлық тілдегі барлық атаулар бойынша іздеу…</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>«{query}» бойынша ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>Note preview</source>
        <translation>Жазбаны алдын ала қарау</translation>
    </message>
    <message>
        <source>Your note on the chosen item as it reads formatted</source>
        <translation>Таңдалған нысан туралы жазбаңыздың пішімделген түрі</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Сілтемені ашу керек пе?</translation>
    </message>
    <message>
        <source>Open this address outside BorderDesk?

{link}</source>
        <translation>Бұл мекенжайды BorderDesk-тен тыс ашу керек пе?

{link}</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Correction of the article:</source>
        <translation>Мақалаға түзету:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескерту:</translation>
    </message>
    <message>
        <source>(last confirmed {date})</source>
        <translation>(соңғы расталғаны: {date})</translation>
    </message>
    <message>
        <source>At the article&apos;s date (c. 2012)</source>
        <translation>Мақала күніне (шамамен 2012 ж.)</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>{date} күні</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Сол кезде және қазір</translation>
    </message>
    <message>
        <source>Corrections and notes</source>
        <translation>Түзетулер мен ескертулер</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Your note</source>
        <translation>Сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Your own note and bookmark on the chosen item</source>
        <translation>Таңдалған нысан туралы өз жазбаңыз бен бетбелгіңіз</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <source>Your note on the chosen item, saved as you type; light Markdown is formatted in the preview beside it</source>
        <translation>Таңдалған нысан туралы жазбаңыз теру барысында сақталады; қарапайым Markdown белгілеуі қасындағы алдын ала қарауда пішімделіп көрсетіледі</translation>
    </message>
    <message>
        <source>Write a note on this item (light Markdown: **bold**, *italic*, - lists, [text](https://…))</source>
        <translation>Осы нысан туралы жазба жазыңыз (қарапайым Markdown: **жуан**, *көлбеу*, - тізімдер, [мәтін](https://…))</translation>
    </message>
    <message>
        <source>Saving is off</source>
        <translation>Сақтау өшірулі</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters; not saved</source>
        <translation>Тым ұзын: ең көбі {count} таңба; сақталмады</translation>
    </message>
    <message>
        <source>Your note on {item}</source>
        <translation>Жазбаңыз: {item}</translation>
    </message>
    <message>
        <source>Notes cannot be read</source>
        <translation>Жазбаларды оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>Жазбаңыз сақталмады</translation>
    </message>
    <message>
        <source>Too long to paste: {length} characters (a note holds {most})</source>
        <translation>Қоюға тым ұзын: {length} таңба (жазбаға {most} таңба сыяды)</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Бетбелгіде</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Бетбелгіге</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>Бетбелгі сақталмады</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Members whose participation is suspended or frozen</source>
        <translation>Қатысуы тоқтатыла тұрған не мұздатылған мүшелер</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Бұрынғы мүшелер</translation>
    </message>
    <message>
        <source>Not members (as sources say)</source>
        <translation>Мүше еместер (дереккөздер бойынша)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Dates and sources</source>
        <translation>Күндері мен дереккөздері</translation>
    </message>
    <message>
        <source>Not yet founded on this day: it began on {when}.</source>
        <translation>Бұл күні ұйым әлі құрылмаған еді: ол {when} құрылды.</translation>
    </message>
    <message>
        <source>No longer in existence on this day: it ended on {when}.</source>
        <translation>Бұл күні ұйым енді жоқ еді: ол {when} қызметін тоқтатты.</translation>
    </message>
    <message>
        <source>The groups above count the listed ones only.</source>
        <translation>Жоғарыдағы топтарда тек тізімдегілер ғана саналған.</translation>
    </message>
    <message>
        <source>Member counts</source>
        <translation>Мүшелер саны</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Құрылуы</translation>
    </message>
    <message>
        <source>Headquarters over time</source>
        <translation>Штаб-пәтері әр жылдары</translation>
    </message>
    <message>
        <source>Chairs over time</source>
        <translation>Төрағалық әр жылдары</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s role</source>
        <translation>Қазақстанның рөлі</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Related organisations</source>
        <translation>Байланысты ұйымдар</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Диаграмманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Диаграмманы &amp;көшіру</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>Картаны экспорт&amp;тау…</translation>
    </message>
    <message>
        <source>Cop&amp;y map</source>
        <translation>Картаны кө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>Ү&amp;лестірме материал…</translation>
    </message>
    <message>
        <source>A one-page handout of the selected border or organisation, to print or save as PDF</source>
        <translation>Таңдалған шекара не ұйым туралы бір беттік үлестірме материал — басып шығаруға немесе PDF етіп сақтауға</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Экспорттайтын диаграмма әзірге жоқ.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>The chart could not be exported.</source>
        <translation>Диаграмманы экспорттау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>The map could not be exported.</source>
        <translation>Картаны экспорттау мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no chart to copy yet.</source>
        <translation>Көшіретін диаграмма әзірге жоқ.</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Диаграмманы көшіру</translation>
    </message>
    <message>
        <source>The chart could not be copied.</source>
        <translation>Диаграмманы көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>Диаграмма алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Copy map</source>
        <translation>Картаны көшіру</translation>
    </message>
    <message>
        <source>The map could not be copied.</source>
        <translation>Картаны көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Map copied to the clipboard.</source>
        <translation>Карта алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Үлестірме материал</translation>
    </message>
    <message>
        <source>The handout could not be made.</source>
        <translation>Үлестірме материалды дайындау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>PageTableView</name>
    <message>
        <source>Page table</source>
        <translation>Бет кестесі</translation>
    </message>
    <message>
        <source>The page&apos;s long table; Enter opens the row&apos;s border</source>
        <translation>Беттің ұзын кестесі; Enter жолдағы шекараны ашады</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>The segments add up to the stated total.</source>
        <translation>Учаскелердің қосындысы мәлімделген жалпы ұзындыққа сәйкес келеді.</translation>
    </message>
    <message>
        <source>The segments add up to {sum}, {difference} more than the stated total of {total}.</source>
        <translation>Учаскелердің қосындысы — {sum}, бұл мәлімделген {total} жалпы ұзындықтан {difference} артық.</translation>
    </message>
    <message>
        <source>The segments add up to {sum}, {difference} less than the stated total of {total}.</source>
        <translation>Учаскелердің қосындысы — {sum}, бұл мәлімделген {total} жалпы ұзындықтан {difference} кем.</translation>
    </message>
    <message>
        <source>(computed from {sources})</source>
        <translation>({sources} бойынша есептелген)</translation>
    </message>
    <message>
        <source>no segments</source>
        <translation>учаскелер жоқ</translation>
    </message>
    <message>
        <source>Stated total:</source>
        <translation>Мәлімделген жалпы ұзындығы:</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Көрші</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>The {shown} longest of {count} segments:</source>
        <translation>Ең ұзын учаскелер ({count} ішінен {shown}):</translation>
    </message>
    <message>
        <source>Every border is listed under Borders in the list.</source>
        <translation>Барлық шекаралар тізімдегі «Шекаралар» бөлімінде берілген.</translation>
    </message>
    <message>
        <source>Land border</source>
        <translation>Құрлықтағы шекара</translation>
    </message>
    <message>
        <source>Totals by source</source>
        <translation>Дереккөздер бойынша жалпы ұзындық</translation>
    </message>
    <message>
        <source>Landlocked</source>
        <translation>Теңізге шығатын жолы жоқ</translation>
    </message>
    <message>
        <source>The Caspian Sea</source>
        <translation>Каспий теңізі</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Фактілер</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>{share} of Kazakhstan&apos;s land border, by the default source, {source}.</source>
        <translation>Қазақстанның құрлықтағы шекарасының {share} бөлігі, негізгі дереккөз бойынша — {source}.</translation>
    </message>
    <message>
        <source>Length by source</source>
        <translation>Дереккөздер бойынша ұзындығы</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Қиындықтар</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Қарым-қатынас</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Legal status over time</source>
        <translation>Құқықтық мәртебесі әр жылдары</translation>
    </message>
    <message>
        <source>Organisations shared with {neighbour}</source>
        <translation>Ортақ ұйымдар: Қазақстан және {neighbour}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s border with {neighbour} · {rank}</source>
        <translation>Қазақстан шекарасы: {neighbour} · {rank}</translation>
    </message>
    <message>
        <source>the longest segment</source>
        <translation>ең ұзын учаске</translation>
    </message>
    <message>
        <source>2nd longest segment</source>
        <translation>ұзындығы бойынша екінші учаске</translation>
    </message>
    <message>
        <source>3rd longest segment</source>
        <translation>ұзындығы бойынша үшінші учаске</translation>
    </message>
    <message>
        <source>{rank}th longest segment</source>
        <translation>ұзындығы бойынша {rank}-учаске</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Аталған жерлері</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Байланысты</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Also known as {names}</source>
        <translation>Басқаша аталуы: {names}</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспагері</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылымы</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>1 figure rests on this source.</source>
        <translation>Осы дереккөзге 1 көрсеткіш негізделген.</translation>
    </message>
    <message>
        <source>Shown on</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Нені қамтиды</translation>
    </message>
    <message>
        <source>Figures resting on it</source>
        <translation>Осыған негізделген көрсеткіштер</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Қолданылатын жерлері</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <source>, as of {date}</source>
        <translation>, {date} жағдай бойынша</translation>
    </message>
    <message>
        <source>Some texts on this page are not translated yet: they are shown in another language and marked, e.g. [in English].</source>
        <translation>Бұл беттегі кейбір мәтіндер әлі аударылмаған: олар басқа тілде көрсетіліп, белгіленген, мысалы [ағылшынша].</translation>
    </message>
    <message>
        <source>, undated</source>
        <translation>, күні жоқ</translation>
    </message>
    <message>
        <source>(translation: BorderDesk)</source>
        <translation>(аударма: BorderDesk)</translation>
    </message>
    <message>
        <source>no verb</source>
        <translation>етістіксіз</translation>
    </message>
    <message>
        <source>Attribution: {said} — provenance unconfirmed (not presented as an interview).</source>
        <translation>Авторлығы: {said} — шығу тегі расталмаған (сұхбат ретінде берілмейді).</translation>
    </message>
    <message>
        <source>Attribution: {said} — as published.</source>
        <translation>Авторлығы: {said} — жарияланғандай.</translation>
    </message>
</context>
<context>
    <name>PresentActions</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Презентация режимі</translation>
    </message>
    <message>
        <source>The slides chosen in View → Slides, full screen, from the selected item</source>
        <translation>«Көрініс → Слайдтар» мәзірінде таңдалған слайдтар, толық экранда, таңдалған нысаннан бастап</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>Сла&amp;йдтар</translation>
    </message>
    <message>
        <source>This &amp;item</source>
        <translation>Осы &amp;нысан</translation>
    </message>
    <message>
        <source>This item, its &amp;border and organisations</source>
        <translation>Осы нысан, оның &amp;шекарасы мен ұйымдары</translation>
    </message>
    <message>
        <source>The &amp;whole deck, from this item</source>
        <translation>Б&amp;арлық слайдтар, осы нысаннан бастап</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>M: map/chart</source>
        <translation>M: карта/диаграмма</translation>
    </message>
    <message>
        <source>T: next date</source>
        <translation>T: келесі күн</translation>
    </message>
    <message>
        <source>BorderDesk presentation</source>
        <translation>BorderDesk презентациясы</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>BorderDesk presenter</source>
        <translation>BorderDesk — баяндамашы экраны</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Проекторда</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Келесі: %1</translation>
    </message>
    <message>
        <source>The last slide</source>
        <translation>Соңғы слайд</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Слайд %1 / %2</translation>
    </message>
    <message>
        <source>No note on this item. Write one under its page in the window, and it shows here.</source>
        <translation>Бұл нысанға жазба жоқ. Оны терезеде нысан бетінің астында жазыңыз, сонда ол осында көрінеді.</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 өтті</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{title}: cancelled; nothing was changed</source>
        <translation>{title}: тоқтатылды; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count} беттің {page}-беті</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>a quiz needs at least one question, not {count}</source>
        <translation>викторинада кемінде бір сұрақ болуы керек, {count} емес</translation>
    </message>
    <message>
        <source>According to {source}, which neighbour shares Kazakhstan&apos;s longest land border?</source>
        <translation>{source} дереккөзі бойынша Қазақстанның ең ұзын құрлықтағы шекарасы қай көршісімен?</translation>
    </message>
    <message>
        <source>According to {source}, which neighbour shares Kazakhstan&apos;s shortest land border?</source>
        <translation>{source} дереккөзі бойынша Қазақстанның ең қысқа құрлықтағы шекарасы қай көршісімен?</translation>
    </message>
    <message>
        <source>According to {source}, how long is Kazakhstan&apos;s land border with {subject}?</source>
        <translation>{source} дереккөзі бойынша Қазақстан – {subject} құрлықтағы шекарасының ұзындығы қанша?</translation>
    </message>
    <message>
        <source>According to {source}, put these borders in order of length, longest first.</source>
        <translation>{source} дереккөзі бойынша осы шекараларды ұзындығы бойынша ретімен орналастырыңыз, ең ұзынынан бастап.</translation>
    </message>
    <message>
        <source>Which source gives the total length of Kazakhstan&apos;s land borders as {subject}?</source>
        <translation>Қай дереккөз Қазақстанның құрлықтағы шекараларының жалпы ұзындығын {subject} деп көрсетеді?</translation>
    </message>
    <message>
        <source>Which of these countries does not share a land border with Kazakhstan?</source>
        <translation>Осы елдердің қайсысы Қазақстанмен құрлықта шектеспейді?</translation>
    </message>
    <message>
        <source>As of {date}, which of these states is a member of the {subject}?</source>
        <translation>{date} жағдай бойынша осы мемлекеттердің қайсысы {subject} мүшесі?</translation>
    </message>
    <message>
        <source>As of {date}, which of these states is not a member of the {subject}?</source>
        <translation>{date} жағдай бойынша осы мемлекеттердің қайсысы {subject} мүшесі емес?</translation>
    </message>
    <message>
        <source>By the latest records, which of these organisations has its headquarters in {subject}?</source>
        <translation>Соңғы деректер бойынша осы ұйымдардың қайсысының штаб-пәтері {subject} қаласында орналасқан?</translation>
    </message>
    <message>
        <source>According to {source}, how many member states did the {subject} have as of {date}?</source>
        <translation>{source} дереккөзінің мәліметінше, {date} кезінде {subject} ұйымында қанша мүше мемлекет болды?</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s {count} land neighbours: {names}</source>
        <translation>Қазақстанның құрлықтағы көршілері ({count}): {names}</translation>
    </message>
    <message>
        <source>{state}: no membership of the {organisation} recorded</source>
        <translation>{state}: {organisation} ұйымына мүшелігі тіркелмеген</translation>
    </message>
    <message>
        <source>{organisation}: {count} member states as of {date}</source>
        <translation>{organisation}: {date} кезінде {count} мүше мемлекет</translation>
    </message>
    <message>
        <source>{state}: {role}, {since} to {until}</source>
        <translation>{state}: {role}, {since} – {until}</translation>
    </message>
    <message>
        <source>{state}: {role} until {until}</source>
        <translation>{state}: {until} дейін {role}</translation>
    </message>
    <message>
        <source>{state}: {role} since {since}</source>
        <translation>{state}: {since} бастап {role}</translation>
    </message>
    <message>
        <source>{state}: {role}</source>
        <translation>{state}: {role}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Викторина</translation>
    </message>
    <message>
        <source>Questions from the dataset, full screen; Space shows each answer</source>
        <translation>Деректер жинағы бойынша сұрақтар толық экранда; бос орын пернесі жауапты көрсетеді</translation>
    </message>
    <message>
        <source>&amp;Print quiz…</source>
        <translation>Викторинаны &amp;басып шығару…</translation>
    </message>
    <message>
        <source>A printable quiz with a separate answer key, to print or save as PDF</source>
        <translation>Жауаптар кілті бөлек берілетін басуға арналған викторина — басып шығаруға немесе PDF етіп сақтауға</translation>
    </message>
    <message>
        <source>This dataset holds no figures a quiz can be made from.</source>
        <translation>Бұл деректер жинағында викторина құруға болатын көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Print quiz</source>
        <translation>Викторинаны басып шығару</translation>
    </message>
</context>
<context>
    <name>QuizDialog</name>
    <message>
        <source>Print quiz</source>
        <translation>Викторинаны басып шығару</translation>
    </message>
    <message>
        <source>The same number always gives the same quiz</source>
        <translation>Бірдей нөмір әрдайым бірдей викторина береді</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Жаңа викторина</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Сұ&amp;рақтар:</translation>
    </message>
    <message>
        <source>Quiz &amp;number:</source>
        <translation>Викторина &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>The questions come first, then the answer key on pages of its own: print the questions for the class and keep the key. Every answer names the source of its figures.</source>
        <translation>Алдымен сұрақтар, содан кейін бөлек беттерде жауаптар кілті: сұрақтарды сыныпқа басып шығарып, кілтті өзіңізде қалдырыңыз. Әр жауап өз көрсеткіштерінің дереккөзін атайды.</translation>
    </message>
    <message>
        <source>Preview of the quiz page</source>
        <translation>Викторина бетін алдын ала қарау</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Сақталмады: {problem}</translation>
    </message>
    <message>
        <source>Quiz not saved</source>
        <translation>Викторина сақталмады</translation>
    </message>
    <message>
        <source>The quiz could not be saved as
{path}

{problem}.</source>
        <translation>Викторинаны мына файлға сақтау мүмкін болмады:
{path}

{problem}.</translation>
    </message>
    <message>
        <source>Not printed: {problem}</source>
        <translation>Басып шығарылмады: {problem}</translation>
    </message>
    <message>
        <source>Quiz not printed</source>
        <translation>Викторина басып шығарылмады</translation>
    </message>
    <message>
        <source>Sent the quiz and its answer key to the printer.</source>
        <translation>Викторина мен жауаптар кілті принтерге жіберілді.</translation>
    </message>
    <message>
        <source>answer key</source>
        <translation>жауаптар кілті</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>сұрақтар</translation>
    </message>
    <message>
        <source>Page {page} of {count} · {part}</source>
        <translation>{count} беттің {page}-беті · {part}</translation>
    </message>
    <message>
        <source>Save quiz as PDF</source>
        <translation>Викторинаны PDF етіп сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuizPrint</name>
    <message>
        <source>BorderDesk quiz {seed}</source>
        <translation>BorderDesk викторинасы № {seed}</translation>
    </message>
    <message>
        <source>BorderDesk {version} · dataset {dataset} · quiz {seed} · printed {day}</source>
        <translation>BorderDesk {version} · деректер жинағы {dataset} · № {seed} викторина · басылған күні {day}</translation>
    </message>
    <message>
        <source>Longest first: {blanks}</source>
        <translation>Ең ұзынынан бастап: {blanks}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>BorderDesk quiz · Kazakhstan&apos;s land borders and regional organisations</source>
        <translation>BorderDesk викторинасы · Қазақстанның құрлықтағы шекаралары және өңірлік ұйымдар</translation>
    </message>
    <message>
        <source>Name: ____________________   Class: ________   Date: ____________</source>
        <translation>Аты-жөні: ____________________   Сыныбы: ________   Күні: ____________</translation>
    </message>
    <message>
        <source>For the teacher · keep apart from the questions</source>
        <translation>Мұғалімге арналған · сұрақтардан бөлек сақтаңыз</translation>
    </message>
    <message>
        <source>Answer key: quiz {seed}</source>
        <translation>Жауаптар кілті: № {seed} викторина</translation>
    </message>
    <message>
        <source>Every figure and fact with the source it comes from.</source>
        <translation>Әр көрсеткіш пен факт — алынған дереккөзімен.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Жауаптар кілті</translation>
    </message>
    <message>
        <source>{part} · page {page} of {count}</source>
        <translation>{part} · {count} беттің {page}-беті</translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <source>BorderDesk quiz</source>
        <translation>BorderDesk викторинасы</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Сұрақ {number} / {count}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Жауабы: {answer}</translation>
    </message>
    <message>
        <source>PageDown: next question</source>
        <translation>PageDown: келесі сұрақ</translation>
    </message>
    <message>
        <source>Space: answer</source>
        <translation>Бос орын: жауап</translation>
    </message>
    <message>
        <source>{number} / {count} · Quiz {seed} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · № {seed} викторина · BorderDesk деректер жинағы {version}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>did you mean {name}?</source>
        <translation>{name} деп іздедіңіз бе?</translation>
    </message>
    <message>
        <source>found by its former name {name}</source>
        <translation>бұрынғы атауы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its name {name}</source>
        <translation>«{name}» бойынша табылды</translation>
    </message>
    <message>
        <source>found by its English name {name}</source>
        <translation>ағылшынша жазылуы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh name {name}</source>
        <translation>қазақша жазылуы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Russian name {name}</source>
        <translation>орысша жазылуы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its full name {name}</source>
        <translation>толық атауы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its English full name {name}</source>
        <translation>ағылшынша толық атауы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh full name {name}</source>
        <translation>қазақша толық атауы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Russian full name {name}</source>
        <translation>орысша толық атауы бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its other name {name}</source>
        <translation>басқа есімі бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its English other name {name}</source>
        <translation>ағылшынша басқа есімі бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh other name {name}</source>
        <translation>қазақша басқа есімі бойынша табылды: {name}</translation>
    </message>
    <message>
        <source>found by its Russian other name {name}</source>
        <translation>орысша басқа есімі бойынша табылды: {name}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file was unreadable; defaults are used (the old file was kept as {file}).</source>
        <translation>Баптаулар файлы оқылмады; әдепкі мәндер қолданылады (ескі файл {file} ретінде сақталды).</translation>
    </message>
    <message>
        <source>Settings cannot be saved to {file}: {reason}.</source>
        <translation>Баптауларды {file} файлына сақтау мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>файлды жазу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Every key BorderDesk answers to: first the menus&apos; commands, then the keys of the search box, the chart, the map, presentation mode and the quiz.</source>
        <translation>BorderDesk жауап беретін барлық пернелер: алдымен мәзір командалары, содан кейін іздеу өрісінің, диаграмманың, картаның, презентация режимінің және викторинаның пернелері.</translation>
    </message>
    <message>
        <source>More in the user guide (Help → User guide).</source>
        <translation>Толығырақ — пайдаланушы нұсқаулығында (Анықтама → Пайдаланушы нұсқаулығы).</translation>
    </message>
</context>
<context>
    <name>SinceArticlePage</name>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Participation suspended or frozen</source>
        <translation>Қатысуы тоқтатыла тұрған не мұздатылған</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>The article says nothing of it.</source>
        <translation>Мақалада бұл туралы ештеңе айтылмаған.</translation>
    </message>
    <message>
        <source>The article said ({source}):</source>
        <translation>Мақалада былай делінген ({source}):</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Organisations both sides belong to</source>
        <translation>Екі тарап та мүше ұйымдар</translation>
    </message>
    <message>
        <source>No time-bound record holds on this day.</source>
        <translation>Бұл күні мерзімге байланысты бірде-бір жазба күшінде емес.</translation>
    </message>
    <message>
        <source>{name} founded</source>
        <translation>{name} құрылды</translation>
    </message>
    <message>
        <source>{name} ended, taken over by its successor</source>
        <translation>{name}: қызметі тоқтады, оны мұрагер ұйым жалғастырады</translation>
    </message>
    <message>
        <source>{member}: no longer {role}</source>
        <translation>{member}: енді {role} емес</translation>
    </message>
    <message>
        <source>No dated change is recorded in between.</source>
        <translation>Бұл аралықта күні көрсетілген бірде-бір өзгеріс жазылмаған.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Арадағы кезеңде</translation>
    </message>
    <message>
        <source>Corrections of the article</source>
        <translation>Мақалаға түзетулер</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>{day} күні</translation>
    </message>
    <message>
        <source>For each border and organisation: what the article (c. 2012) said, what holds on {day}, and every dated change in between, each with its sources.</source>
        <translation>Әр шекара мен ұйым бойынша: мақалада (шамамен 2012 ж.) не айтылғаны, {day} күні не күшінде екені және арадағы күні көрсетілген әр өзгеріс — бәрі дереккөздерімен.</translation>
    </message>
    <message>
        <source>What changed since the article</source>
        <translation>Мақаладан кейін не өзгерді</translation>
    </message>
</context>
<context>
    <name>SlideGrid</name>
    <message>
        <source>✓ both members · ◐ observer · ✗ not, or no longer, a member</source>
        <translation>✓ екеуі де мүше · ◐ бақылаушы · ✗ мүше емес немесе енді мүше емес</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>{year} жылдан бері</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>left {year}</source>
        <translation>{year} жылы шықты</translation>
    </message>
    <message>
        <source>left</source>
        <translation>шықты</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>{country}: land borders</source>
        <translation>{country}: құрлықтағы шекаралар</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (қазіргі)</translation>
    </message>
    <message>
        <source>{source}: {length} of land border</source>
        <translation>{source}: құрлықтағы шекара {length}</translation>
    </message>
    <message>
        <source>{source}: {length}</source>
        <translation>{source}: {length}</translation>
    </message>
    <message>
        <source>{source}: {share} of the land border</source>
        <translation>{source}: құрлықтағы шекараның {share}</translation>
    </message>
    <message>
        <source>Kazakhstan – {neighbour}</source>
        <translation>Қазақстан – {neighbour}</translation>
    </message>
    <message>
        <source>Border no. {rank} by length</source>
        <translation>Ұзындығы бойынша {rank}-шекара</translation>
    </message>
    <message>
        <source>{source}: {count}</source>
        <translation>{source}: {count}</translation>
    </message>
    <message>
        <source> (last confirmed {date})</source>
        <translation> (соңғы расталғаны: {date})</translation>
    </message>
    <message>
        <source>{source}: not yet founded (from {date})</source>
        <translation>{source}: әлі құрылмаған ({date} құрылды)</translation>
    </message>
    <message>
        <source>{source}: ended {date}</source>
        <translation>{source}: {date} қызметін тоқтатты</translation>
    </message>
    <message>
        <source>{source}: founded {date}</source>
        <translation>{source}: {date} құрылған</translation>
    </message>
    <message>
        <source>{source}: {member}, {role} since {date}</source>
        <translation>{source}: {member}, {date} бастап {role}</translation>
    </message>
    <message>
        <source>{source}: {member}, {role}</source>
        <translation>{source}: {member}, {role}</translation>
    </message>
    <message>
        <source>{members} — per {sources}</source>
        <translation>{members} — {sources} деректері бойынша</translation>
    </message>
    <message>
        <source>{source}: headquarters {place}</source>
        <translation>{source}: штаб-пәтері — {place}</translation>
    </message>
    <message>
        <source>{number} / {count} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · BorderDesk деректер жинағы {version}</translation>
    </message>
    <message>
        <source>{number} / {count} · {as_of} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · {as_of} · BorderDesk деректер жинағы {version}</translation>
    </message>
    <message>
        <source>{source}: {length} in all</source>
        <translation>{source}: барлығы {length}</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Дереккөздер бойынша ұзындық</translation>
    </message>
    <message>
        <source>Each source&apos;s lengths of the five borders, side by side</source>
        <translation>Әр дереккөз бойынша бес учаскенің ұзындығы, қатар</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Шекаралар × ұйымдар</translation>
    </message>
    <message>
        <source>Which organisations each neighbour shares with Kazakhstan: {then} and {now}</source>
        <translation>Әр көршінің Қазақстанмен ортақ ұйымдары: {then} және {now}</translation>
    </message>
    <message>
        <source>Events ({number} of {count})</source>
        <translation>Оқиғалар ({number} / {count})</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Timeline: {span}</source>
        <translation>Хронология: {span}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Дереккөздер: {sources}</translation>
    </message>
</context>
<context>
    <name>TextScale</name>
    <message>
        <source>Text size {percent}</source>
        <translation>Мәтін өлшемі {percent}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>High contrast (projector)</source>
        <translation>Жоғары контраст (проектор)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Independence, the organisations, the border treaties and demarcation, and the events the article refers to, oldest first. Select an event for its sources and details.</source>
        <translation>Тәуелсіздік, ұйымдар, шекара туралы шарттар мен демаркация және мақалада аталған оқиғалар — ең ертесінен бастап. Дереккөздері мен толық мәліметін көру үшін оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Every event is listed by date under Events in the list.</source>
        <translation>Барлық оқиғалар тізімдегі «Оқиғалар» бөлімінде күні бойынша берілген.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>UserDataUi</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Бетбелгілер</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Деректер</translation>
    </message>
    <message>
        <source>Export &amp;notes and bookmarks…</source>
        <translation>&amp;Жазбалар мен бетбелгілерді экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import notes and bookmarks…</source>
        <translation>Жазбалар мен бетбелгілерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Export &amp;dataset as data pack…</source>
        <translation>&amp;Деректер жинағын бума ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Import data pac&amp;k…</source>
        <translation>Деректер бумасын им&amp;порттау…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Бетбелгілер әзірге жоқ</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Жазбалар экспортталмады</translation>
    </message>
    <message>
        <source>Exported {notes} and {bookmarks} to {file}</source>
        <translation>{file} файлына экспортталды: {notes} және {bookmarks}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <source>Notes not imported</source>
        <translation>Жазбалар импортталмады</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорттау тоқтатылды: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} импортталды: {summary}</translation>
    </message>
    <message>
        <source>Export data pack</source>
        <translation>Деректер бумасын экспорттау</translation>
    </message>
    <message>
        <source>Data not exported</source>
        <translation>Деректер экспортталмады</translation>
    </message>
    <message>
        <source>Import data pack</source>
        <translation>Деректер бумасын импорттау</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} импортталуда</translation>
    </message>
    <message>
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>{file} импорты тоқтатылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Data pack not imported</source>
        <translation>Деректер бумасы импортталмады</translation>
    </message>
    <message>
        <source>Data pack imported</source>
        <translation>Деректер бумасы импортталды</translation>
    </message>
    <message>
        <source>{file} was imported as “{name}”. The bundled data is unchanged.

Show the imported data now? (The Data menu switches between them.)</source>
        <translation>{file} «{name}» ретінде импортталды. Кірістірілген деректер өзгерген жоқ.

Импортталған деректерді қазір көрсету керек пе? (Олардың арасында «Деректер» мәзірі арқылы ауысуға болады.)</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Your notes were restored from a backup</source>
        <translation>Жазбаларыңыз сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>Your notes file was damaged. BorderDesk put back the backup of {when}: notes and bookmarks made after that are not in it.

The damaged file was kept as {file}.</source>
        <translation>Жазбалар файлыңыз бүлінген. BorderDesk {when} кезіндегі сақтық көшірмені қалпына келтірді: одан кейін жасалған жазбалар мен бетбелгілер онда жоқ.

Бүлінген файл {file} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Жазбаларыңыз</translation>
    </message>
    <message>
        <source>Notes cannot be saved</source>
        <translation>Жазбаларды сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Notes and bookmarks are shown but cannot be saved during this session: {reason}.</source>
        <translation>Жазбалар мен бетбелгілер көрсетіледі, бірақ бұл сеанста оларды сақтау мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>BorderDesk stopped unexpectedly last time</source>
        <translation>Өткен жолы BorderDesk күтпеген жерден тоқтап қалды</translation>
    </message>
    <message>
        <source>The last session ended with a crash. Its report was kept in {file}; open &apos;Show Details…&apos; to read it.</source>
        <translation>Өткен сеанс істен шығумен аяқталды. Оның есебі {file} ішінде сақталды; оны оқу үшін «Толық ақпаратты көрсету...» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>founding member</source>
        <translation>құрылтайшы мүше</translation>
    </message>
    <message>
        <source>former member</source>
        <translation>бұрынғы мүше</translation>
    </message>
    <message>
        <source>non-member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>мүшелігі тоқтатыла тұрған</translation>
    </message>
    <message>
        <source>participation frozen</source>
        <translation>қатысуы мұздатылған</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>үміткер</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>талдау</translation>
    </message>
    <message>
        <source>article</source>
        <translation>мақала</translation>
    </message>
    <message>
        <source>compiled by BorderDesk</source>
        <translation>BorderDesk құрастырған</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>деректер жинағы</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>энциклопедия</translation>
    </message>
    <message>
        <source>factbook</source>
        <translation>анықтамалық</translation>
    </message>
    <message>
        <source>news</source>
        <translation>жаңалықтар</translation>
    </message>
    <message>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>шарт</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Land border total</source>
        <translation>Құрлықтағы шекараның жалпы ұзындығы</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Мүше мемлекеттер</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>Бақылаушы мемлекеттер</translation>
    </message>
    <message>
        <source>Partner states</source>
        <translation>Серіктес мемлекеттер</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Халқы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аумағы</translation>
    </message>
    <message>
        <source>Total of the five segments</source>
        <translation>Бес учаскенің жиыны</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-пәтері</translation>
    </message>
    <message>
        <source>Caspian Sea shore</source>
        <translation>Каспий теңізінің жағалауы</translation>
    </message>
    <message>
        <source>Coastline</source>
        <translation>Жағалау сызығы</translation>
    </message>
    <message>
        <source>Land neighbours</source>
        <translation>Құрлықтағы көршілер</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>This dataset lists no changes.</source>
        <translation>Бұл деректер жинағында өзгерістер тізімі жоқ.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Dataset edition {edition}</source>
        <translation>Деректер жинағының шығарылымы {edition}</translation>
    </message>
    <message>
        <source>What&apos;s new in this dataset</source>
        <translation>Деректер жинағындағы жаңалықтар</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз мән: %(value)r (%(choices)s ішінен таңдаңыз)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s мәні жарамсыз: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>мына аргументтер міндетті: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір аргумент күтіледі</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>бірмәнді емес параметр: %(option)s мыналардың бірі болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
</context>
</TS>
