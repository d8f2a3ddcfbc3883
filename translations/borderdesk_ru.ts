<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>BorderDesk cannot open its database</source>
        <translation>BorderDesk не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>BorderDesk is already open: its window was brought to the front</source>
        <translation>BorderDesk уже открыт: его окно выведено на передний план</translation>
    </message>
    <message>
        <source>cannot reach the open window: {reason}</source>
        <translation>не удаётся связаться с открытым окном: {reason}</translation>
    </message>
    <message>
        <source>{who} but does not answer. If its window does not respond, close it and start BorderDesk again.</source>
        <translation>{who}, но не отвечает. Если его окно не реагирует, закройте его и снова запустите BorderDesk.</translation>
    </message>
    <message>
        <source>another BorderDesk is running</source>
        <translation>запущен другой экземпляр BorderDesk</translation>
    </message>
    <message>
        <source>{who} and is using your notes. Start BorderDesk again when it has finished.</source>
        <translation>{who} и использует ваши заметки. Запустите BorderDesk снова, когда он закончит.</translation>
    </message>
    <message>
        <source>BorderDesk is already running</source>
        <translation>BorderDesk уже запущен</translation>
    </message>
    <message>
        <source>BorderDesk cannot open this database</source>
        <translation>BorderDesk не может открыть эту базу данных</translation>
    </message>
    <message>
        <source>no backup of your notes was taken: {reason}</source>
        <translation>резервная копия заметок не сделана: {reason}</translation>
    </message>
    <message>
        <source>no source {source} gives all five segment lengths; choose one of: {known}</source>
        <translation>нет источника {source}, который даёт протяжённость всех пяти участков; выберите один из: {known}</translation>
    </message>
    <message>
        <source>{source} is not the edition current on {day}; charting {shown}, the edition current then</source>
        <translation>{source} — не то издание, что действовало на {day}; на диаграмме — {shown}, издание, действовавшее тогда</translation>
    </message>
    <message>
        <source>no border {border}; choose one of: {known}</source>
        <translation>нет границы {border}; выберите одну из: {known}</translation>
    </message>
    <message>
        <source>{source} ({label}) was not yet published on {day}; choose a date from {first} on, or another source</source>
        <translation>{source} ({label}) на {day} ещё не был опубликован; выберите дату не раньше {first} или другой источник</translation>
    </message>
    <message>
        <source>no organisation {key}; choose one of: {known}</source>
        <translation>нет организации {key}; выберите одну из: {known}</translation>
    </message>
    <message>
        <source>this database holds no map</source>
        <translation>в этой базе данных нет карты</translation>
    </message>
    <message>
        <source>Check that the file you chose with --db is a BorderDesk database.</source>
        <translation>Проверьте, что файл, указанный в --db, — база данных BorderDesk.</translation>
    </message>
    <message>
        <source>BorderDesk&apos;s own database is damaged or missing: please reinstall BorderDesk.</source>
        <translation>Собственная база данных BorderDesk повреждена или отсутствует: переустановите BorderDesk.</translation>
    </message>
    <message>
        <source>The database file

{file}

cannot be used: {problem}.</source>
        <translation>Файл базы данных

{file}

нельзя использовать: {problem}.</translation>
    </message>
    <message>
        <source>BorderDesk is open (process {pid})</source>
        <translation>BorderDesk открыт (процесс {pid})</translation>
    </message>
    <message>
        <source>another BorderDesk command is running (process {pid})</source>
        <translation>выполняется другая команда BorderDesk (процесс {pid})</translation>
    </message>
    <message>
        <source>another BorderDesk is starting (process {pid})</source>
        <translation>запускается другой экземпляр BorderDesk (процесс {pid})</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>Св&amp;етлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High contrast (projector)</source>
        <translation>Высокий &amp;контраст (проектор)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message>
        <source>The article (c. 2012)</source>
        <translation>Статья (ок. 2012 г.)</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union ({day})</source>
        <translation>Евразийский экономический союз ({day})</translation>
    </message>
    <message>
        <source>The 2022 border treaties</source>
        <translation>Пограничные договоры 2022 года</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>not a date: {text} (use YYYY-MM-DD, YYYY-MM, YYYY, article or today)</source>
        <translation>не дата: {text} (укажите ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ, article или today)</translation>
    </message>
    <message>
        <source>no such date: {text}</source>
        <translation>такой даты нет: {text}</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>на {day}</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>На {day}</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>View as of</source>
        <translation>Показать на дату</translation>
    </message>
    <message>
        <source>Arrow keys move a month, Page Up and Page Down a year</source>
        <translation>Стрелки — на месяц, Page Up и Page Down — на год</translation>
    </message>
    <message>
        <source>Date viewed</source>
        <translation>Просматриваемая дата</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Ключевые даты</translation>
    </message>
</context>
<context>
    <name>BackForward</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Back to {item}</source>
        <translation>Назад: {item}</translation>
    </message>
    <message>
        <source>Forward to {item}</source>
        <translation>Вперёд: {item}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
</context>
<context>
    <name>BigTables</name>
    <message>
        <source>Lengths of all {count} borders by source (km)</source>
        <translation>Протяжённость всех границ ({count}) по источникам (км)</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>{source} (km)</source>
        <translation>{source} (км)</translation>
    </message>
    <message>
        <source>All {borders} borders × {organisations} organisations</source>
        <translation>Все границы ({borders}) × все организации ({organisations})</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Сосед</translation>
    </message>
</context>
<context>
    <name>BorderMapView</name>
    <message>
        <source>Map of Kazakhstan&apos;s land borders</source>
        <translation>Карта сухопутных границ Казахстана</translation>
    </message>
    <message>
        <source>{name} {length} ({source})</source>
        <translation>{name} {length} ({source})</translation>
    </message>
    <message>
        <source>Selected: {name}.</source>
        <translation>Выбрано: {name}.</translation>
    </message>
    <message>
        <source>No map data</source>
        <translation>Нет данных карты</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Length (km)</source>
        <translation>Протяжённость (км)</translation>
    </message>
    <message>
        <source>{name} — {source}: {length}</source>
        <translation>{name} — {source}: {length}</translation>
    </message>
    <message>
        <source>({change} on the first source)</source>
        <translation>({change} к первому источнику)</translation>
    </message>
    <message>
        <source>{source}: {total} stated (bars add up to {sum})</source>
        <translation>{source}: заявлено {total} (сумма столбцов {sum})</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s land borders by length</source>
        <translation>Сухопутные границы Казахстана по протяжённости</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s land borders by length: sources compared</source>
        <translation>Сухопутные границы Казахстана по протяжённости: сравнение источников</translation>
    </message>
    <message>
        <source>{name}: {length} ({share} of {total}) — {source}</source>
        <translation>{name}: {length} ({share} от {total}) — {source}</translation>
    </message>
    <message>
        <source>{name}: {length} — {source}</source>
        <translation>{name}: {length} — {source}</translation>
    </message>
    <message>
        <source>{title}: the {shown} longest of {count} (the table lists them all)</source>
        <translation>{title}: {shown} самых длинных из {count} (в таблице — все)</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Source of the lengths</source>
        <translation>Источник протяжённостей</translation>
    </message>
    <message>
        <source>Which source&apos;s border lengths the chart shows</source>
        <translation>По какому источнику диаграмма показывает протяжённость границ</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Co&amp;mpare sources</source>
        <translation>Сравнить ист&amp;очники</translation>
    </message>
    <message>
        <source>Show several sources&apos; lengths side by side as grouped bars</source>
        <translation>Показать протяжённость по нескольким источникам рядом, сгруппированными столбцами</translation>
    </message>
    <message>
        <source>Compare sources</source>
        <translation>Сравнить источники</translation>
    </message>
    <message>
        <source>Sources to &amp;compare…</source>
        <translation>Источники для сравне&amp;ния…</translation>
    </message>
    <message>
        <source>Sources to compare</source>
        <translation>Источники для сравнения</translation>
    </message>
    <message>
        <source>Choose which sources the grouped bars show</source>
        <translation>Выберите, какие источники показывают сгруппированные столбцы</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a sortable table (Ctrl+T)</source>
        <translation>Показать данные диаграммы сортируемой таблицей (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Показать таблицей</translation>
    </message>
    <message>
        <source>Cop&amp;y as CSV</source>
        <translation>Ко&amp;пировать как CSV</translation>
    </message>
    <message>
        <source>Copy the chart&apos;s figures, with their sources, to the clipboard as CSV</source>
        <translation>Скопировать данные диаграммы вместе с источниками в буфер обмена в формате CSV</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Копировать как CSV</translation>
    </message>
</context>
<context>
    <name>ChartLink</name>
    <message>
        <source>The chart could not be loaded.</source>
        <translation>Не удалось загрузить диаграмму.</translation>
    </message>
    <message>
        <source>Chart source not available</source>
        <translation>Источник диаграммы недоступен</translation>
    </message>
    <message>
        <source>Sources cannot be compared</source>
        <translation>Источники нельзя сравнить</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Border lengths chart</source>
        <translation>Диаграмма протяжённости границ</translation>
    </message>
    <message>
        <source>Bar chart of border lengths</source>
        <translation>Столбчатая диаграмма протяжённости границ</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Loading chart…</source>
        <translation>Загрузка диаграммы…</translation>
    </message>
    <message>
        <source>The chart could not be loaded.</source>
        <translation>Не удалось загрузить диаграмму.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Протяжённость (км)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Доля от общей</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>{source} (km)</source>
        <translation>{source} (км)</translation>
    </message>
    <message>
        <source>Border lengths table</source>
        <translation>Таблица протяжённости границ</translation>
    </message>
    <message>
        <source>The chart&apos;s figures, one row per border. Choosing a row selects that border; a column heading sorts by it; Ctrl+C copies the table as CSV.</source>
        <translation>Данные диаграммы, по строке на каждую границу. Выбор строки выбирает эту границу; заголовок столбца сортирует по нему; Ctrl+C копирует таблицу в формате CSV.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Left and Right move between the bars, Home and End go to the first and the last.</source>
        <translation>Влево и Вправо — переход между столбцами, Home и End — к первому и последнему.</translation>
    </message>
    <message>
        <source>{source}: {length} in all ({borders})</source>
        <translation>{source}: всего {length} ({borders})</translation>
    </message>
    <message>
        <source>{name}, {length}, {share} of the total — {source}</source>
        <translation>{name}, {length}, {share} от общей — {source}</translation>
    </message>
    <message>
        <source>{name}, {length} — {source}</source>
        <translation>{name}, {length} — {source}</translation>
    </message>
    <message>
        <source>Total {length}.</source>
        <translation>Всего {length}.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>sources of figures</source>
        <translation>источники показателей</translation>
    </message>
    <message>
        <source>sources of facts</source>
        <translation>источники фактов</translation>
    </message>
    <message>
        <source>sources of membership roles</source>
        <translation>источники статусов членства</translation>
    </message>
    <message>
        <source>sources of role confirmations</source>
        <translation>источники подтверждений статуса</translation>
    </message>
    <message>
        <source>sources of quotes</source>
        <translation>источники цитат</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>Проверка {file}</translation>
    </message>
    <message>
        <source>Translations (kk falls back to ru, then en; ru to en):</source>
        <translation>Переводы (вместо недостающего kk — ru, затем en; вместо ru — en):</translation>
    </message>
    <message>
        <source>Verdict: OK: the database is sound</source>
        <translation>Итог: OK: база данных исправна</translation>
    </message>
    <message>
        <source>Verdict: FAILED: do not use this database</source>
        <translation>Итог: ОШИБКА: не используйте эту базу данных</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>целостность</translation>
    </message>
    <message>
        <source>{version} (this BorderDesk reads it)</source>
        <translation>{version} (эта версия BorderDesk её читает)</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>версия схемы</translation>
    </message>
    <message>
        <source>contents match; dataset {version} ({date}), checksum {checksum}</source>
        <translation>содержимое совпадает; набор данных {version} ({date}), контрольная сумма {checksum}</translation>
    </message>
    <message>
        <source>dataset checksum</source>
        <translation>контрольная сумма набора данных</translation>
    </message>
    <message>
        <source>{missing} of {total} name no source</source>
        <translation>у {missing} из {total} не указан источник</translation>
    </message>
    <message>
        <source>all {total} name a source</source>
        <translation>у всех {total} указан источник</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>time-bound records</source>
        <translation>записи, привязанные к датам</translation>
    </message>
    <message>
        <source>every one is dated, no membership is listed twice, every count matches its list</source>
        <translation>у каждой есть дата, ни одно членство не указано дважды, каждое число совпадает со своим списком</translation>
    </message>
    <message>
        <source>counts as of {day}</source>
        <translation>численность на {day}</translation>
    </message>
    <message>
        <source>every count in force matches the members listed that day</source>
        <translation>каждое действующее число совпадает со списком членов на этот день</translation>
    </message>
    <message>
        <source>{translated} of {total} texts ({share}%), {outdated} outdated, {missing} missing (shown in the fallback)</source>
        <translation>переведено {translated} из {total} текстов ({share} %), устарело {outdated}, нет {missing} (показываются на запасном языке)</translation>
    </message>
    <message>
        <source>; outdated: {slots}</source>
        <translation>; устарели: {slots}</translation>
    </message>
    <message>
        <source>translations ({language})</source>
        <translation>переводы ({language})</translation>
    </message>
    <message>
        <source>{count} of no text: {slots}</source>
        <translation>{count} без исходного текста: {slots}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>open this BorderDesk database instead of the bundled one</source>
        <translation>открыть эту базу данных BorderDesk вместо встроенной</translation>
    </message>
    <message>
        <source>the language of the window, the files and the messages: kk (Kazakh), ru (Russian) or en (English); default: the system&apos;s, else English</source>
        <translation>язык окна, файлов и сообщений: kk (казахский), ru (русский) или en (английский); по умолчанию — язык системы, иначе английский</translation>
    </message>
    <message>
        <source>not an item: {text} (e.g. border:kz-ru, organisation:csto, org:sco)</source>
        <translation>не элемент: {text} (например, border:kz-ru, organisation:csto, org:sco)</translation>
    </message>
    <message>
        <source>open the window at this item, e.g. border:kz-ru or org:csto (a window that is open already shows it)</source>
        <translation>открыть окно на этом элементе, например border:kz-ru или org:csto (уже открытое окно покажет его)</translation>
    </message>
    <message>
        <source>BorderDesk: an offline reference on Kazakhstan&apos;s land borders and the regional organisations that work on their security.</source>
        <translation>BorderDesk: офлайн-справочник о сухопутных границах Казахстана и региональных организациях, обеспечивающих их безопасность.</translation>
    </message>
    <message>
        <source>open the BorderDesk window (default)</source>
        <translation>открыть окно BorderDesk (по умолчанию)</translation>
    </message>
    <message>
        <source>write the segment-length chart to PNG, SVG or PDF (format from the extension)</source>
        <translation>записать диаграмму протяжённости участков в PNG, SVG или PDF (формат по расширению)</translation>
    </message>
    <message>
        <source>Write the chart of Kazakhstan&apos;s land-border segment lengths to a file. The format follows the extension: .png, .svg or .pdf. Needs no display.</source>
        <translation>Записать в файл диаграмму протяжённости участков сухопутной границы Казахстана. Формат определяется расширением: .png, .svg или .pdf. Дисплей не нужен.</translation>
    </message>
    <message>
        <source>OUT.png, OUT.svg or OUT.pdf</source>
        <translation>OUT.png, OUT.svg или OUT.pdf</translation>
    </message>
    <message>
        <source>whose figures to chart, e.g. ART or CIA2015 (default: the dataset&apos;s default source)</source>
        <translation>чьи показатели показать, например ART или CIA2015 (по умолчанию — основной источник набора данных)</translation>
    </message>
    <message>
        <source>chart several sources side by side as grouped bars, e.g. ART,CIA2008,CIA2015</source>
        <translation>показать несколько источников рядом сгруппированными столбцами, например ART,CIA2008,CIA2015</translation>
    </message>
    <message>
        <source>border key to highlight, e.g. kz-ru</source>
        <translation>ключ выделяемой границы, например kz-ru</translation>
    </message>
    <message>
        <source>chart the sources published by DATE, each series&apos; edition current then</source>
        <translation>диаграмма по источникам, опубликованным к DATE; для каждой серии — издание, действовавшее тогда</translation>
    </message>
    <message>
        <source>write the border map to PNG, SVG or PDF (format from the extension)</source>
        <translation>записать карту границ в PNG, SVG или PDF (формат по расширению)</translation>
    </message>
    <message>
        <source>Write the map of Kazakhstan&apos;s five land-border segments to a file, with a caption naming its data source and scale. The format follows the extension.</source>
        <translation>Записать в файл карту пяти участков сухопутной границы Казахстана с подписью, называющей источник данных и масштаб. Формат определяется расширением.</translation>
    </message>
    <message>
        <source>border key, e.g. kz-cn</source>
        <translation>ключ границы, например kz-cn</translation>
    </message>
    <message>
        <source>hatch an organisation&apos;s member states on DATE, e.g. csto, sco, eaeu</source>
        <translation>заштриховать государства — члены организации на DATE, например csto, sco, eaeu</translation>
    </message>
    <message>
        <source>the map as of DATE: city names, members</source>
        <translation>карта на DATE: названия городов, члены</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>не целое число: {text}</translation>
    </message>
    <message>
        <source>the width must be {low} to {high} pixels, not {value}</source>
        <translation>ширина должна быть от {low} до {high} пикселей, а не {value}</translation>
    </message>
    <message>
        <source>the height must be {low} to {high} pixels, not {value}</source>
        <translation>высота должна быть от {low} до {high} пикселей, а не {value}</translation>
    </message>
    <message>
        <source>--preset sets the width and height: give either --preset or --width/--height, not both</source>
        <translation>--preset задаёт ширину и высоту: укажите либо --preset, либо --width/--height, но не оба</translation>
    </message>
    <message>
        <source>size and look</source>
        <translation>размер и вид</translation>
    </message>
    <message>
        <source>The size is 1920x1080 unless --preset or --width/--height give one.</source>
        <translation>Размер 1920x1080, если --preset или --width/--height не задают другой.</translation>
    </message>
    <message>
        <source>pixels, {low} to {high} (default {default})</source>
        <translation>пиксели, от {low} до {high} (по умолчанию {default})</translation>
    </message>
    <message>
        <source>slide 1920x1080, 4k 3840x2160, or an A4 page at 300 dpi (2480x3508 portrait): the PDF page is then A4 and a PNG is marked 300 dpi; not with --width/--height</source>
        <translation>slide 1920x1080, 4k 3840x2160 или страница A4 при 300 dpi (2480x3508, книжная): тогда страница PDF — A4, а PNG помечен как 300 dpi; не вместе с --width/--height</translation>
    </message>
    <message>
        <source>colours to draw in (default light, for print; contrast suits projectors)</source>
        <translation>цвета рисунка (по умолчанию light — для печати; contrast подходит для проекторов)</translation>
    </message>
    <message>
        <source>draw one line naming the sources instead of the full caption (the full caption stays in the file&apos;s metadata)</source>
        <translation>вместо полной подписи дать одну строку с источниками (полная подпись остаётся в метаданных файла)</translation>
    </message>
    <message>
        <source>name at least one source, e.g. ART,CIA2015</source>
        <translation>укажите хотя бы один источник, например ART,CIA2015</translation>
    </message>
    <message>
        <source>write one-page handouts (a border or an organisation a page) to a PDF</source>
        <translation>записать одностраничные раздаточные материалы (граница или организация на страницу) в PDF</translation>
    </message>
    <message>
        <source>write a quiz for the class, with a separate answer key, to a PDF</source>
        <translation>записать викторину для класса с отдельным ключом ответов в PDF</translation>
    </message>
    <message>
        <source>name at least one --item (e.g. border:kz-ru), or use --all</source>
        <translation>укажите хотя бы один --item (например, border:kz-ru) или --all</translation>
    </message>
    <message>
        <source>write one-page handouts of borders and organisations to a PDF, one page each</source>
        <translation>записать раздаточные материалы о границах и организациях в PDF, по одной странице на каждую</translation>
    </message>
    <message>
        <source>Write a one-page handout for each border or organisation named: the title, the chart and the map with the border highlighted (for an organisation, the map with its member states marked), the key figures each with its source, a few key points, your own note on the item as the teacher&apos;s note, and the list of sources. Needs no display.</source>
        <translation>Записать одностраничный раздаточный материал для каждой названной границы или организации: заголовок, диаграмма и карта с выделенной границей (для организации — карта с отмеченными государствами-членами), основные показатели, каждый со своим источником, несколько ключевых положений, ваша заметка об элементе как заметка учителя и список источников. Дисплей не нужен.</translation>
    </message>
    <message>
        <source>items: border:KEY or organisation:KEY (org:KEY for short), e.g. border:kz-ru, border:kz-cn, organisation:csto, org:sco</source>
        <translation>элементы: border:КЛЮЧ или organisation:КЛЮЧ (кратко org:КЛЮЧ), например border:kz-ru, border:kz-cn, organisation:csto, org:sco</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>записываемый файл PDF</translation>
    </message>
    <message>
        <source>a border or organisation, e.g. border:kz-ru or organisation:csto; repeat for more</source>
        <translation>граница или организация, например border:kz-ru или organisation:csto; повторите для нескольких</translation>
    </message>
    <message>
        <source>one page for every border and organisation</source>
        <translation>по странице на каждую границу и организацию</translation>
    </message>
    <message>
        <source>paper size (default: from the locale, US Letter in the US and Canada, else A4)</source>
        <translation>формат бумаги (по умолчанию — по региональным настройкам: US Letter в США и Канаде, иначе A4)</translation>
    </message>
    <message>
        <source>what held on DATE (default: today)</source>
        <translation>что действовало на DATE (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <source>leave out your notes (by default each page prints your note on its item)</source>
        <translation>не включать ваши заметки (по умолчанию на каждой странице печатается ваша заметка о её элементе)</translation>
    </message>
    <message>
        <source>a quiz needs at least one question, not {value}</source>
        <translation>в викторине должен быть хотя бы один вопрос, а не {value}</translation>
    </message>
    <message>
        <source>must be between 0 and {most}, got {value}</source>
        <translation>должно быть от 0 до {most}, а не {value}</translation>
    </message>
    <message>
        <source>Write a quiz made from the dataset and its sources: the questions first, then the answer key on pages of its own, every answer with its figures and their sources. The same --seed gives the same quiz. Needs no display.</source>
        <translation>Записать викторину по набору данных и его источникам: сначала вопросы, затем ключ ответов на отдельных страницах, каждый ответ с показателями и их источниками. Одинаковый --seed даёт одну и ту же викторину. Дисплей не нужен.</translation>
    </message>
    <message>
        <source>how many questions (default {count})</source>
        <translation>сколько вопросов (по умолчанию {count})</translation>
    </message>
    <message>
        <source>the quiz&apos;s number: the same number gives the same quiz (default: a new one)</source>
        <translation>номер викторины: тот же номер даёт ту же викторину (по умолчанию — новая)</translation>
    </message>
    <message>
        <source>open the BorderDesk window (the default when no command is given)</source>
        <translation>открыть окно BorderDesk (если команда не указана)</translation>
    </message>
    <message>
        <source>write the segment-length chart to a PNG, SVG or PDF file, no display needed</source>
        <translation>записать диаграмму протяжённости участков в файл PNG, SVG или PDF, без дисплея</translation>
    </message>
    <message>
        <source>write the border map to a PNG, SVG or PDF file, no display needed</source>
        <translation>записать карту границ в файл PNG, SVG или PDF, без дисплея</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>команды:</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>примеры:</translation>
    </message>
    <message>
        <source>write the open dataset (bundled, or --db) to a data pack, OUT.json</source>
        <translation>записать открытый набор данных (встроенный или --db) в пакет данных OUT.json</translation>
    </message>
    <message>
        <source>validate a data pack and add it as a dataset of its own (bundled data untouched)</source>
        <translation>проверить пакет данных и добавить его как отдельный набор данных (встроенные данные не меняются)</translation>
    </message>
    <message>
        <source>verify a database: integrity, schema version, checksum, sources; exit 1 if bad</source>
        <translation>проверить базу данных: целостность, версию схемы, контрольную сумму, источники; код 1 при ошибке</translation>
    </message>
    <message>
        <source>write your notes and bookmarks to a JSON file</source>
        <translation>записать ваши заметки и закладки в файл JSON</translation>
    </message>
    <message>
        <source>merge notes and bookmarks from a JSON file (shows what changes first)</source>
        <translation>объединить заметки и закладки из файла JSON (сначала показывает, что изменится)</translation>
    </message>
    <message>
        <source>a BorderDesk database instead of the bundled one</source>
        <translation>база данных BorderDesk вместо встроенной</translation>
    </message>
    <message>
        <source>write the dataset to a data pack (JSON)</source>
        <translation>записать набор данных в пакет данных (JSON)</translation>
    </message>
    <message>
        <source>import a data pack as a dataset of its own</source>
        <translation>импортировать пакет данных как отдельный набор данных</translation>
    </message>
    <message>
        <source>what to call it (default: the file&apos;s name)</source>
        <translation>как его назвать (по умолчанию: имя файла)</translation>
    </message>
    <message>
        <source>verify a database and print a verdict</source>
        <translation>проверить базу данных и вывести заключение</translation>
    </message>
    <message>
        <source>also compare the counts in force on DATE with the members then</source>
        <translation>также сверить числа, действовавшие на DATE, с тогдашним списком членов</translation>
    </message>
    <message>
        <source>write your notes and bookmarks to JSON</source>
        <translation>записать ваши заметки и закладки в JSON</translation>
    </message>
    <message>
        <source>merge notes and bookmarks from JSON</source>
        <translation>объединить заметки и закладки из JSON</translation>
    </message>
    <message>
        <source>a note that differs from yours: keep yours (default), replace it, or keep both</source>
        <translation>заметка, отличная от вашей: оставить вашу (по умолчанию), заменить её или сохранить обе</translation>
    </message>
    <message>
        <source>show what would change, only</source>
        <translation>только показать, что изменится</translation>
    </message>
    <message>
        <source>{what}: YYYY-MM-DD, YYYY-MM, YYYY, &apos;article&apos; (c. 2012) or &apos;today&apos;</source>
        <translation>{what}: ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ, &apos;article&apos; (ок. 2012 г.) или &apos;today&apos;</translation>
    </message>
    <message>
        <source>wrote {file}: dataset {version}; {counts}</source>
        <translation>записан {file}: набор данных {version}; {counts}</translation>
    </message>
    <message>
        <source>imported {file} as {name}: {database}</source>
        <translation>{file} импортирован как {name}: {database}</translation>
    </message>
    <message>
        <source>open it with: {command}</source>
        <translation>открыть его: {command}</translation>
    </message>
    <message>
        <source>wrote {file}: {notes}, {bookmarks}</source>
        <translation>записан {file}: {notes}, {bookmarks}</translation>
    </message>
    <message>
        <source>notes cannot be saved: {reason}</source>
        <translation>заметки нельзя сохранить: {reason}</translation>
    </message>
    <message>
        <source>differs from yours: {item}</source>
        <translation>отличается от вашей: {item}</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>ничего не изменено</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>нечего импортировать</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{command} failed: {problem}</source>
        <translation>не удалось выполнить {command}: {problem}</translation>
    </message>
    <message>
        <source>wrote {file} ({size})</source>
        <translation>записан {file} ({size})</translation>
    </message>
    <message>
        <source>wrote {file} ({pages}, {paper})</source>
        <translation>записан {file} ({pages}, {paper})</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>страница 1</translation>
    </message>
    <message>
        <source>pages 1–{last}</source>
        <translation>страницы 1–{last}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>страница {page}</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>страницы {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>cannot compare {unknown}; sources giving all five lengths: {known}</source>
        <translation>нельзя сравнить {unknown}; источники с протяжённостью всех пяти участков: {known}</translation>
    </message>
    <message>
        <source>no sources</source>
        <translation>нет источников</translation>
    </message>
    <message>
        <source>{source} does not give the same borders</source>
        <translation>{source} даёт не те же границы</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>{file}: %n problems, nothing was imported:</source>
        <translation>
            <numerusform>{file}: %n ошибка, ничего не импортировано:</numerusform>
            <numerusform>{file}: %n ошибки, ничего не импортировано:</numerusform>
            <numerusform>{file}: %n ошибок, ничего не импортировано:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this dataset allows %n different question(s): ask for %n or fewer</source>
        <translation>
            <numerusform>этот набор данных позволяет задать %n разный вопрос: запросите не больше %n</numerusform>
            <numerusform>этот набор данных позволяет задать %n разных вопроса: запросите не больше %n</numerusform>
            <numerusform>этот набор данных позволяет задать %n разных вопросов: запросите не больше %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n новая заметка</numerusform>
            <numerusform>%n новые заметки</numerusform>
            <numerusform>%n новых заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differing from yours</source>
        <translation>
            <numerusform>%n заметка отличается от ваших</numerusform>
            <numerusform>%n заметки отличаются от ваших</numerusform>
            <numerusform>%n заметок отличаются от ваших</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n уже совпадает</numerusform>
            <numerusform>%n уже совпадают</numerusform>
            <numerusform>%n уже совпадают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new bookmark(s)</source>
        <translation>
            <numerusform>%n новая закладка</numerusform>
            <numerusform>%n новые закладки</numerusform>
            <numerusform>%n новых закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already bookmarked</source>
        <translation>
            <numerusform>%n уже в закладках</numerusform>
            <numerusform>%n уже в закладках</numerusform>
            <numerusform>%n уже в закладках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n note(s)</source>
        <translation>
            <numerusform>добавлена %n заметка</numerusform>
            <numerusform>добавлены %n заметки</numerusform>
            <numerusform>добавлено %n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced %n</source>
        <translation>
            <numerusform>заменена %n</numerusform>
            <numerusform>заменены %n</numerusform>
            <numerusform>заменено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appended to %n</source>
        <translation>
            <numerusform>дополнена %n</numerusform>
            <numerusform>дополнены %n</numerusform>
            <numerusform>дополнено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %n of yours unchanged</source>
        <translation>
            <numerusform>%n ваша сохранена без изменений</numerusform>
            <numerusform>%n ваши сохранены без изменений</numerusform>
            <numerusform>%n ваших сохранено без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n bookmark(s)</source>
        <translation>
            <numerusform>добавлена %n закладка</numerusform>
            <numerusform>добавлены %n закладки</numerusform>
            <numerusform>добавлено %n закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} state(s)</source>
        <translation>
            <numerusform>{count} государство</numerusform>
            <numerusform>{count} государства</numerusform>
            <numerusform>{count} государств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} observer(s)</source>
        <translation>
            <numerusform>{count} наблюдатель</numerusform>
            <numerusform>{count} наблюдателя</numerusform>
            <numerusform>{count} наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} человек</numerusform>
            <numerusform>{count} человека</numerusform>
            <numerusform>{count} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n pages, the answer key from page {key}) in {folder}</source>
        <translation>
            <numerusform>Сохранён {name} (%n страница, ключ ответов со страницы {key}) в {folder}</numerusform>
            <numerusform>Сохранён {name} (%n страницы, ключ ответов со страницы {key}) в {folder}</numerusform>
            <numerusform>Сохранён {name} (%n страниц, ключ ответов со страницы {key}) в {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total of the %n segment(s):</source>
        <translation>
            <numerusform>Сумма %n участка:</numerusform>
            <numerusform>Сумма %n участков:</numerusform>
            <numerusform>Сумма %n участков:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more border(s).</source>
        <translation>
            <numerusform>… и ещё {count} граница.</numerusform>
            <numerusform>… и ещё {count} границы.</numerusform>
            <numerusform>… и ещё {count} границ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more note(s) on why they differ.</source>
        <translation>
            <numerusform>… и ещё {count} пояснение о том, почему они расходятся.</numerusform>
            <numerusform>… и ещё {count} пояснения о том, почему они расходятся.</numerusform>
            <numerusform>… и ещё {count} пояснений о том, почему они расходятся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more fact(s).</source>
        <translation>
            <numerusform>… и ещё {count} факт.</numerusform>
            <numerusform>… и ещё {count} факта.</numerusform>
            <numerusform>… и ещё {count} фактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more figure(s).</source>
        <translation>
            <numerusform>… и ещё {count} показатель.</numerusform>
            <numerusform>… и ещё {count} показателя.</numerusform>
            <numerusform>… и ещё {count} показателей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} figure(s) rest on this source.</source>
        <translation>
            <numerusform>{count} показатель основан на этом источнике.</numerusform>
            <numerusform>{count} показателя основаны на этом источнике.</numerusform>
            <numerusform>{count} показателей основаны на этом источнике.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more item(s).</source>
        <translation>
            <numerusform>… и ещё {count} объект.</numerusform>
            <numerusform>… и ещё {count} объекта.</numerusform>
            <numerusform>… и ещё {count} объектов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Circle the letter of the right answer; where the question asks for an order, write the letters in that order.</source>
        <translation>
            <numerusform>%n вопрос. Обведите букву правильного ответа; если вопрос просит расположить по порядку, запишите буквы в этом порядке.</numerusform>
            <numerusform>%n вопроса. Обведите букву правильного ответа; если вопрос просит расположить по порядку, запишите буквы в этом порядке.</numerusform>
            <numerusform>%n вопросов. Обведите букву правильного ответа; если вопрос просит расположить по порядку, запишите буквы в этом порядке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n закладка</numerusform>
            <numerusform>%n закладки</numerusform>
            <numerusform>%n закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} (quiz {seed}: %n question(s) on {questions}, the answer key on {key}, {paper})</source>
        <translation>
            <numerusform>записан {file} (викторина {seed}: %n вопрос — {questions}, ключ ответов — {key}, {paper})</numerusform>
            <numerusform>записан {file} (викторина {seed}: %n вопроса — {questions}, ключ ответов — {key}, {paper})</numerusform>
            <numerusform>записан {file} (викторина {seed}: %n вопросов — {questions}, ключ ответов — {key}, {paper})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map line {scale}, simplified to {length} (%n points)</source>
        <translation>
            <numerusform>Линия на карте {scale}, упрощённая до {length} (%n точка)</numerusform>
            <numerusform>Линия на карте {scale}, упрощённая до {length} (%n точки)</numerusform>
            <numerusform>Линия на карте {scale}, упрощённая до {length} (%n точек)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map line {scale} (%n points)</source>
        <translation>
            <numerusform>Линия на карте {scale} (%n точка)</numerusform>
            <numerusform>Линия на карте {scale} (%n точки)</numerusform>
            <numerusform>Линия на карте {scale} (%n точек)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table below gives all {count} borders&apos; lengths, one column per source that gives a length for every border. Select a row to open its border.</source>
        <translation>
            <numerusform>В таблице ниже — протяжённость всех {count} границы, по столбцу на каждый источник, который даёт протяжённость каждой границы. Выберите строку, чтобы открыть её границу.</numerusform>
            <numerusform>В таблице ниже — протяжённость всех {count} границ, по столбцу на каждый источник, который даёт протяжённость каждой границы. Выберите строку, чтобы открыть её границу.</numerusform>
            <numerusform>В таблице ниже — протяжённость всех {count} границ, по столбцу на каждый источник, который даёт протяжённость каждой границы. Выберите строку, чтобы открыть её границу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each row is one source that gives a length for all {count} borders, in km. Tick “Compare sources” under the chart to see them as grouped bars.</source>
        <translation>
            <numerusform>Каждая строка — источник, который даёт протяжённость всех {count} границы, в км. Отметьте «Сравнить источники» под диаграммой, чтобы увидеть их сгруппированными столбцами.</numerusform>
            <numerusform>Каждая строка — источник, который даёт протяжённость всех {count} границ, в км. Отметьте «Сравнить источники» под диаграммой, чтобы увидеть их сгруппированными столбцами.</numerusform>
            <numerusform>Каждая строка — источник, который даёт протяжённость всех {count} границ, в км. Отметьте «Сравнить источники» под диаграммой, чтобы увидеть их сгруппированными столбцами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more later event(s).</source>
        <translation>
            <numerusform>… и ещё {count} более позднее событие.</numerusform>
            <numerusform>… и ещё {count} более поздних события.</numerusform>
            <numerusform>… и ещё {count} более поздних событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} событие</numerusform>
            <numerusform>{count} события</numerusform>
            <numerusform>{count} событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} border(s)</source>
        <translation>
            <numerusform>{count} граница</numerusform>
            <numerusform>{count} границы</numerusform>
            <numerusform>{count} границ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} neighbour(s)</source>
        <translation>
            <numerusform>{count} сосед</numerusform>
            <numerusform>{count} соседа</numerusform>
            <numerusform>{count} соседей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} partner state(s)</source>
        <translation>
            <numerusform>{count} государство-партнёр</numerusform>
            <numerusform>{count} государства-партнёра</numerusform>
            <numerusform>{count} государств-партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not labelled: %n name(s)</source>
        <translation>
            <numerusform>Без подписи: %n название</numerusform>
            <numerusform>Без подписи: %n названия</numerusform>
            <numerusform>Без подписи: %n названий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: {sources} and %n more</source>
        <translation>
            <numerusform>Источники: {sources} и ещё %n</numerusform>
            <numerusform>Источники: {sources} и ещё %n</numerusform>
            <numerusform>Источники: {sources} и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and {count} more</source>
        <translation>
            <numerusform>; и ещё {count}</numerusform>
            <numerusform>; и ещё {count}</numerusform>
            <numerusform>; и ещё {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s): {problems}</source>
        <translation>
            <numerusform>{count} проблема: {problems}</numerusform>
            <numerusform>{count} проблемы: {problems}</numerusform>
            <numerusform>{count} проблем: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dataset edition {version} ({date}): {count} change(s) since the previous edition, each with the sources it rests on.</source>
        <translation>
            <numerusform>Выпуск набора данных {version} ({date}): {count} изменение с предыдущего выпуска, каждое — с источниками, на которых оно основано.</numerusform>
            <numerusform>Выпуск набора данных {version} ({date}): {count} изменения с предыдущего выпуска, каждое — с источниками, на которых оно основано.</numerusform>
            <numerusform>Выпуск набора данных {version} ({date}): {count} изменений с предыдущего выпуска, каждое — с источниками, на которых оно основано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} later statement(s) dated after {day} are not shown.</source>
        <translation>
            <numerusform>{count} более поздняя запись, датированная после {day}, не показана.</numerusform>
            <numerusform>{count} более поздние записи, датированные после {day}, не показаны.</numerusform>
            <numerusform>{count} более поздних записей, датированных после {day}, не показаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list above has {listed} member(s); {source} counts {stated}.</source>
        <translation>
            <numerusform>В списке выше {listed} член; по данным {source} — {stated}.</numerusform>
            <numerusform>В списке выше {listed} члена; по данным {source} — {stated}.</numerusform>
            <numerusform>В списке выше {listed} членов; по данным {source} — {stated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more membership(s).</source>
        <translation>
            <numerusform>… и ещё {count} запись о членстве.</numerusform>
            <numerusform>… и ещё {count} записи о членстве.</numerusform>
            <numerusform>… и ещё {count} записей о членстве.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n matches</source>
        <translation>
            <numerusform>Показать все %n совпадение</numerusform>
            <numerusform>Показать все %n совпадения</numerusform>
            <numerusform>Показать все %n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Показать все (%n)</numerusform>
            <numerusform>Показать все (%n)</numerusform>
            <numerusform>Показать все (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Bundled dataset</source>
        <translation>Встроенный набор данных</translation>
    </message>
    <message>
        <source>Wrote {file}: dataset {version} ({date})</source>
        <translation>Записан {file}: набор данных {version} ({date})</translation>
    </message>
    <message>
        <source>{name} (dataset {version}, {date})</source>
        <translation>{name} (набор данных {version}, {date})</translation>
    </message>
</context>
<context>
    <name>DatedPages</name>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Правовой статус</translation>
    </message>
    <message>
        <source>As of {day}: what held on that day, each with its sources.</source>
        <translation>На {day}: что действовало в этот день, каждое — с источниками.</translation>
    </message>
    <message>
        <source>last confirmed as of {when}</source>
        <translation>последнее подтверждение: {when}</translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>с {when}</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>до {when}</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>подтверждают:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Item details</source>
        <translation>Сведения об объекте</translation>
    </message>
    <message>
        <source>The page of the item chosen in the list; Tab moves through its links, Enter follows one</source>
        <translation>Страница объекта, выбранного в списке; Tab переходит по её ссылкам, Enter открывает ссылку</translation>
    </message>
    <message>
        <source>Select a border or an organisation.</source>
        <translation>Выберите границу или организацию.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>This item cannot be shown: {reason}</source>
        <translation>Этот объект нельзя показать: {reason}</translation>
    </message>
    <message>
        <source>Not a BorderDesk link: {link}</source>
        <translation>Это не ссылка BorderDesk: {link}</translation>
    </message>
    <message>
        <source>Link not opened: {link}</source>
        <translation>Ссылка не открыта: {link}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>Open this address outside BorderDesk?

{link}</source>
        <translation>Открыть этот адрес вне BorderDesk?

{link}</translation>
    </message>
    <message>
        <source>Link not opened.</source>
        <translation>Ссылка не открыта.</translation>
    </message>
    <message>
        <source>No program could open {link}</source>
        <translation>Ни одна программа не смогла открыть {link}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>не удаётся записать {path}: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Что-то пошло не так, и действие не выполнено.</translation>
    </message>
    <message>
        <source>Details were written to {file}.</source>
        <translation>Подробности записаны в {file}.</translation>
    </message>
    <message>
        <source>BorderDesk error</source>
        <translation>Ошибка BorderDesk</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>no extension</source>
        <translation>нет расширения</translation>
    </message>
    <message>
        <source>unsupported format ({suffix}); use one of {formats}</source>
        <translation>формат не поддерживается ({suffix}); используйте один из: {formats}</translation>
    </message>
    <message>
        <source>border lengths</source>
        <translation>протяжённость границ</translation>
    </message>
    <message>
        <source>the chart shows no data yet</source>
        <translation>диаграмма пока не показывает данных</translation>
    </message>
    <message>
        <source>size {size} is outside {least} to {most} pixels</source>
        <translation>размер {size} вне пределов от {least} до {most} пикселей</translation>
    </message>
    <message>
        <source>a handout is a PDF file: name it {name}</source>
        <translation>раздаточный материал — это файл PDF: назовите его {name}</translation>
    </message>
    <message>
        <source>a quiz is a PDF file: name it {name}</source>
        <translation>викторина — это файл PDF: назовите её {name}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Preview of the exported chart</source>
        <translation>Предпросмотр экспортируемой диаграммы</translation>
    </message>
    <message>
        <source>Preview of the exported map</source>
        <translation>Предпросмотр экспортируемой карты</translation>
    </message>
    <message>
        <source>Window size ({size})</source>
        <translation>Размер окна ({size})</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>px</source>
        <translation>пикс.</translation>
    </message>
    <message>
        <source>Full caption under the figure</source>
        <translation>Полная подпись под рисунком</translation>
    </message>
    <message>
        <source>Off: one line still names the sources and the dataset edition; the full caption stays in the file&apos;s metadata.</source>
        <translation>Если выключено, одна строка всё равно называет источники и выпуск набора данных; полная подпись остаётся в метаданных файла.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>Co&amp;py to clipboard</source>
        <translation>&amp;Копировать в буфер</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Saved {file} ({size}, {kib} KB) in {folder}</source>
        <translation>Сохранён {file} ({size}, {kib} КБ) в {folder}</translation>
    </message>
    <message>
        <source>Copied the chart ({size}) to the clipboard as an image and SVG.</source>
        <translation>Диаграмма ({size}) скопирована в буфер обмена как изображение и SVG.</translation>
    </message>
    <message>
        <source>Copied the map ({size}) to the clipboard as an image and SVG.</source>
        <translation>Карта ({size}) скопирована в буфер обмена как изображение и SVG.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Предпросмотра нет: {reason}</translation>
    </message>
    <message>
        <source>{size} px · {theme}</source>
        <translation>{size} пикс. · {theme}</translation>
    </message>
    <message>
        <source>{width} × {height} mm at {dpi} dpi</source>
        <translation>{width} × {height} мм при {dpi} dpi</translation>
    </message>
    <message>
        <source>The PDF page is an A4 page, {width} × {height} mm.</source>
        <translation>Страница PDF — лист A4, {width} × {height} мм.</translation>
    </message>
    <message>
        <source>The PDF page has the image&apos;s own shape, at 96 dpi.</source>
        <translation>Страница PDF повторяет форму изображения, 96 dpi.</translation>
    </message>
    <message>
        <source>The PNG file is marked {dpi} dpi, to print at A4 size.</source>
        <translation>Файл PNG помечен как {dpi} dpi — для печати в формате A4.</translation>
    </message>
    <message>
        <source>Not copied: {reason}</source>
        <translation>Не скопировано: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>The chart could not be saved as
{file}

{reason}.</source>
        <translation>Не удалось сохранить диаграмму как
{file}

{reason}.</translation>
    </message>
    <message>
        <source>The map could not be saved as
{file}

{reason}.</source>
        <translation>Не удалось сохранить карту как
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
        <translation>A4 книжная, 300 dpi</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 альбомная, 300 dpi</translation>
    </message>
    <message>
        <source>unknown size preset {key}; use one of {known}</source>
        <translation>неизвестный формат размера {key}; используйте один из: {known}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version}</source>
        <translation>Набор данных BorderDesk {version}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version} ({date}, {checksum}).</source>
        <translation>Набор данных BorderDesk {version} ({date}, {checksum}).</translation>
    </message>
    <message>
        <source>Map data: {sources} · {dataset}</source>
        <translation>Данные карты: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>Sources: {sources} · {dataset}</source>
        <translation>Источники: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>Source: {sources} · {dataset}</source>
        <translation>Источник: {sources} · {dataset}</translation>
    </message>
    <message>
        <source>{title}, {as_of}</source>
        <translation>{title}, {as_of}</translation>
    </message>
    <message>
        <source>Members hatched per {sources}</source>
        <translation>Члены заштрихованы по данным {sources}</translation>
    </message>
    <message>
        <source>scale {scale}</source>
        <translation>масштаб {scale}</translation>
    </message>
    <message>
        <source>Map data: {sources}</source>
        <translation>Данные карты: {sources}</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>land borders</source>
        <translation>сухопутные границы</translation>
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
        <translation>Показать &amp;диаграмму</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>Показать &amp;карту</translation>
    </message>
    <message>
        <source>Show your &amp;note</source>
        <translation>Показать &amp;заметку</translation>
    </message>
    <message>
        <source>Chart as ta&amp;ble</source>
        <translation>Диаграмма &amp;таблицей</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение</translation>
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
        <translation>Диаграмма и карта</translation>
    </message>
    <message>
        <source>Ctrl+1 shows the chart, Ctrl+2 the map; Hide folds them under the page</source>
        <translation>Ctrl+1 показывает диаграмму, Ctrl+2 — карту; «Скрыть» сворачивает их под страницей</translation>
    </message>
    <message>
        <source>The border lengths chart (Ctrl+1)</source>
        <translation>Диаграмма протяжённости границ (Ctrl+1)</translation>
    </message>
    <message>
        <source>The map of the borders (Ctrl+2)</source>
        <translation>Карта границ (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your own note on the item (Ctrl+3)</source>
        <translation>Ваша заметка об элементе (Ctrl+3)</translation>
    </message>
    <message>
        <source>Note ✎</source>
        <translation>Заметка ✎</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Show ▴</source>
        <translation>Показать ▴</translation>
    </message>
    <message>
        <source>Hide ▾</source>
        <translation>Скрыть ▾</translation>
    </message>
    <message>
        <source>Open the chart and the map under the page</source>
        <translation>Открыть диаграмму и карту под страницей</translation>
    </message>
    <message>
        <source>Fold the chart and the map: the page takes the room</source>
        <translation>Свернуть диаграмму и карту: место займёт страница</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file is in use by another program; close it and try again</source>
        <translation>файл занят другой программой; закройте её и повторите попытку</translation>
    </message>
    <message>
        <source>the file system does not accept the characters of this name</source>
        <translation>файловая система не принимает символы этого имени</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>папка находится в файловой системе только для чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <source>the file is larger than this file system allows</source>
        <translation>файл больше, чем допускает эта файловая система</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
        <source>part of the folder path is a file, not a folder</source>
        <translation>часть пути к папке — это файл, а не папка</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>так называется папка</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>имя файла или путь слишком длинные</translation>
    </message>
    <message>
        <source>the path loops through symbolic links</source>
        <translation>путь зацикливается на символических ссылках</translation>
    </message>
    <message>
        <source>the file system does not accept this name</source>
        <translation>файловая система не принимает это имя</translation>
    </message>
    <message>
        <source>the file name is longer than {limit} bytes</source>
        <translation>имя файла длиннее {limit} байт</translation>
    </message>
    <message>
        <source>{kind} has that name, not a file</source>
        <translation>под этим именем находится {kind}, а не файл</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} — файл, а не папка</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символьное устройство</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блочное устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation>это {kind}, а не обычный файл</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>c. {year}</source>
        <translation>ок. {year}</translation>
    </message>
    <message>
        <source>BorderDesk dataset {version} ({date}, {checksum})</source>
        <translation>Набор данных BorderDesk {version} ({date}, {checksum})</translation>
    </message>
    <message>
        <source>Source: {title} — {publisher}, {edition}{ended}. {as_of}{dataset}.</source>
        <translation>Источник: {title} — {publisher}, {edition}{ended}. {as_of}{dataset}.</translation>
    </message>
    <message>
        <source>Sources: {sources}. {as_of}{dataset}.</source>
        <translation>Источники: {sources}. {as_of}{dataset}.</translation>
    </message>
    <message>
        <source>Source: {sources} · BorderDesk dataset {version}</source>
        <translation>Источник: {sources} · набор данных BorderDesk {version}</translation>
    </message>
    <message>
        <source>Sources: {sources} · BorderDesk dataset {version}</source>
        <translation>Источники: {sources} · набор данных BorderDesk {version}</translation>
    </message>
    <message>
        <source>discontinued {day}: figures frozen</source>
        <translation>выпуск прекращён {day}: показатели больше не обновляются</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>since {year}</source>
        <translation>с {year}</translation>
    </message>
    <message>
        <source>last confirmed {date}</source>
        <translation>последнее подтверждение: {date}</translation>
    </message>
    <message>
        <source>{when}: member, participation suspended or frozen</source>
        <translation>{when}: член, участие приостановлено или заморожено</translation>
    </message>
    <message>
        <source>{when}: observer or partner, since {year}</source>
        <translation>{when}: наблюдатель или партнёр с {year}</translation>
    </message>
    <message>
        <source>{when}: observer or partner</source>
        <translation>{when}: наблюдатель или партнёр</translation>
    </message>
    <message>
        <source>{when}: left {year}</source>
        <translation>{when}: вышел в {year}</translation>
    </message>
    <message>
        <source>{when}: former member</source>
        <translation>{when}: бывший член</translation>
    </message>
    <message>
        <source>{when}: not a member</source>
        <translation>{when}: не член</translation>
    </message>
    <message>
        <source>The table below gives all {neighbours} neighbours by {organisations} organisations, each cell with its sources. Select a row to open its border.</source>
        <translation>В таблице ниже — все соседи ({neighbours}) по всем организациям ({organisations}), в каждой ячейке — её источники. Выберите строку, чтобы открыть её границу.</translation>
    </message>
    <message>
        <source>✓ both members · ◑ the neighbour&apos;s participation is suspended or frozen · ◐ the neighbour is an observer or partner · ✗ not shared. “{then}” is the article&apos;s date (early to mid {then}, inferred; compared as {then_date}); “{now}” is the date viewed, {now_date}. A membership no source confirms on that day is marked “last confirmed”. A column joins an organisation with its predecessors.</source>
        <translation>✓ оба — члены · ◑ участие соседа приостановлено или заморожено · ◐ сосед — наблюдатель или партнёр · ✗ не общая. «{then}» — дата статьи (начало или середина {then} г., установлено по содержанию; для сравнения взято {then_date}); «{now}» — просматриваемая дата, {now_date}. Членство, которое ни один источник не подтверждает на этот день, отмечено словами «последнее подтверждение». Столбец объединяет организацию с её предшественницами.</translation>
    </message>
    <message>
        <source>Comparison · {as_of}</source>
        <translation>Сравнение · {as_of}</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Сосед</translation>
    </message>
    <message>
        <source>Which organisations each neighbour shares with Kazakhstan, computed from the membership records and their dates. The article links China&apos;s place outside the customs union to smuggling.</source>
        <translation>В каких организациях каждый сосед состоит вместе с Казахстаном — по записям о членстве и их датам. Статья связывает то, что Китай вне таможенного союза, с контрабандой.</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Границы × организации</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the user guide is missing from this installation ({file}); please reinstall BorderDesk</source>
        <translation>в этой установке нет руководства пользователя ({file}); переустановите BorderDesk</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>BorderDesk user guide</source>
        <translation>Руководство пользователя BorderDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Not a BorderDesk link: {link}</source>
        <translation>Это не ссылка BorderDesk: {link}</translation>
    </message>
    <message>
        <source>Link not opened: {link}</source>
        <translation>Ссылка не открыта: {link}</translation>
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
        <translation>BorderDesk {version} · набор данных {dataset} · {as_of} · напечатано {day}</translation>
    </message>
    <message>
        <source>BorderDesk handout: {title}, {as_of}</source>
        <translation>Раздаточный материал BorderDesk: {title}, {as_of}</translation>
    </message>
    <message>
        <source>BorderDesk handouts: Kazakhstan&apos;s land borders and regional organisations, {as_of}</source>
        <translation>Раздаточные материалы BorderDesk: сухопутные границы Казахстана и региональные организации, {as_of}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>no handout for {item}: handouts exist for borders and organisations, e.g. {examples}</source>
        <translation>нет раздаточного материала для {item}: они есть для границ и организаций, например {examples}</translation>
    </message>
    <message>
        <source>choose at least one border or organisation</source>
        <translation>выберите хотя бы одну границу или организацию</translation>
    </message>
    <message>
        <source>handouts exist for borders and organisations, not for {item}</source>
        <translation>раздаточные материалы есть для границ и организаций, а не для {item}</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Заметка учителя</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>BorderDesk handout · Kazakhstan&apos;s land borders</source>
        <translation>Раздаточный материал BorderDesk · Сухопутные границы Казахстана</translation>
    </message>
    <message>
        <source>BorderDesk handout · Regional organisations</source>
        <translation>Раздаточный материал BorderDesk · Региональные организации</translation>
    </message>
    <message>
        <source>Hatched on the map: {members}.</source>
        <translation>Заштриховано на карте: {members}.</translation>
    </message>
    <message>
        <source>Hatched on the map: {members}, as recorded by {sources}.</source>
        <translation>Заштриховано на карте: {members}, по данным {sources}.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>overview</source>
        <translation>обзор</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>person</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>сравнение</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Раздаточный материал</translation>
    </message>
    <message>
        <source>&amp;All borders and organisations</source>
        <translation>&amp;Все границы и организации</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Элемент:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>One page for each border or organisation: its key figures, each with its source, a few key points and the list of sources, beside the chart with the border highlighted or, for an organisation, the map with its member states hatched.</source>
        <translation>По странице на каждую границу или организацию: основные показатели, каждый со своим источником, несколько главных пунктов и список источников, рядом — диаграмма с выделенной границей, а для организации — карта с заштрихованными государствами-членами.</translation>
    </message>
    <message>
        <source>Preview of the handout page</source>
        <translation>Предпросмотр страницы раздаточного материала</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>The selected {kind} has no handout: handouts exist for borders and organisations.</source>
        <translation>Для выбранного элемента ({kind}) нет раздаточного материала: он есть для границ и организаций.</translation>
    </message>
    <message>
        <source>Offered instead: {item}, which it links to.</source>
        <translation>Вместо него предложено: {item} — на него есть ссылка.</translation>
    </message>
    <message>
        <source>Choose one below, or all of them.</source>
        <translation>Выберите один ниже или все сразу.</translation>
    </message>
    <message>
        <source>Saving the handouts</source>
        <translation>Сохранение раздаточных материалов</translation>
    </message>
    <message>
        <source>Not saved: cancelled.</source>
        <translation>Не сохранено: отменено.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Раздаточный материал не сохранён</translation>
    </message>
    <message>
        <source>The handout could not be saved as
{file}

{reason}.</source>
        <translation>Не удалось сохранить раздаточный материал как
{file}

{reason}.</translation>
    </message>
    <message>
        <source>Saved {file} ({pages}, {paper}, {kib} KB) in {folder}</source>
        <translation>Сохранён {file} ({pages}, {paper}, {kib} КБ) в {folder}</translation>
    </message>
    <message>
        <source>Printing the handouts</source>
        <translation>Печать раздаточных материалов</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Не напечатано: {reason}</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Раздаточный материал не напечатан</translation>
    </message>
    <message>
        <source>The handout could not be printed on
{printer}

{reason}.</source>
        <translation>Не удалось напечатать раздаточный материал на
{printer}

{reason}.</translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation>На принтер отправлено: {pages}.</translation>
    </message>
    <message>
        <source>Page {page} of {count} · {paper}</source>
        <translation>Страница {page} из {count} · {paper}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Сохранить раздаточный материал в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Печать раздаточного материала</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new in this dataset</source>
        <translation>Что &amp;нового в наборе данных</translation>
    </message>
    <message>
        <source>&amp;About BorderDesk</source>
        <translation>&amp;О программе BorderDesk</translation>
    </message>
    <message>
        <source>Change log not available</source>
        <translation>Журнал изменений недоступен</translation>
    </message>
    <message>
        <source>About BorderDesk</source>
        <translation>О программе BorderDesk</translation>
    </message>
    <message>
        <source>An offline reference on Kazakhstan&apos;s land borders and regional security organisations.</source>
        <translation>Автономный справочник о сухопутных границах Казахстана и региональных организациях безопасности.</translation>
    </message>
    <message>
        <source>Dataset edition {version}, {date}</source>
        <translation>Выпуск набора данных {version}, {date}</translation>
    </message>
    <message>
        <source>Schema version {number}</source>
        <translation>Версия схемы {number}</translation>
    </message>
    <message>
        <source>Checksum (SHA-256):</source>
        <translation>Контрольная сумма (SHA-256):</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot be imported</source>
        <translation>нельзя импортировать</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported</source>
        <translation>{file}: {problem}; ничего не импортировано</translation>
    </message>
    <message>
        <source>cannot store the imported data in {folder}: {problem}; nothing was imported</source>
        <translation>не удалось сохранить импортированные данные в папке {folder}: {problem}; ничего не импортировано</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Checking every record</source>
        <translation>Проверка всех записей</translation>
    </message>
    <message>
        <source>Building its database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>Checking the new database</source>
        <translation>Проверка новой базы данных</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Keep my notes (ignore the imported ones that differ)</source>
        <translation>Оставить мои заметки (пропустить отличающиеся импортированные)</translation>
    </message>
    <message>
        <source>Keep both (add the imported text under mine)</source>
        <translation>Оставить обе (добавить импортированный текст под моим)</translation>
    </message>
    <message>
        <source>Use the imported notes instead of mine</source>
        <translation>Заменить мои заметки импортированными</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Notes that differ from yours:</source>
        <translation>Заметки, отличающиеся от ваших:</translation>
    </message>
    <message>
        <source>New notes</source>
        <translation>Новые заметки</translation>
    </message>
    <message>
        <source>Notes that differ from yours</source>
        <translation>Заметки, отличающиеся от ваших</translation>
    </message>
    <message>
        <source>yours:</source>
        <translation>ваша:</translation>
    </message>
    <message>
        <source>imported:</source>
        <translation>импортированная:</translation>
    </message>
    <message>
        <source>New bookmarks</source>
        <translation>Новые закладки</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>Chart (when it has the keyboard focus)</source>
        <translation>Диаграмма (когда на ней фокус клавиатуры)</translation>
    </message>
    <message>
        <source>Select the border of the next bar</source>
        <translation>Выбрать границу следующего столбца</translation>
    </message>
    <message>
        <source>Select the border of the first or last bar</source>
        <translation>Выбрать границу первого или последнего столбца</translation>
    </message>
    <message>
        <source>Copy the table&apos;s figures as CSV</source>
        <translation>Скопировать данные таблицы в формате CSV</translation>
    </message>
    <message>
        <source>Map (when it has the keyboard focus)</source>
        <translation>Карта (когда на ней фокус клавиатуры)</translation>
    </message>
    <message>
        <source>Zoom in (the wheel zooms too)</source>
        <translation>Увеличить (колесо мыши тоже масштабирует)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Move the map (or drag it)</source>
        <translation>Сдвинуть карту (или перетащить её)</translation>
    </message>
    <message>
        <source>Show the whole map again</source>
        <translation>Снова показать всю карту</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Предыдущий слайд</translation>
    </message>
    <message>
        <source>First or last slide</source>
        <translation>Первый или последний слайд</translation>
    </message>
    <message>
        <source>Show the map instead of the chart, or back</source>
        <translation>Показать карту вместо диаграммы или наоборот</translation>
    </message>
    <message>
        <source>Larger or smaller type on the slide, or as designed</source>
        <translation>Крупнее или мельче текст на слайде, или исходный размер</translation>
    </message>
    <message>
        <source>Start a quiz for the class</source>
        <translation>Начать викторину для класса</translation>
    </message>
    <message>
        <source>Next key date (Shift+T: the previous one), as of the date</source>
        <translation>Следующая ключевая дата (Shift+T — предыдущая), всё на эту дату</translation>
    </message>
    <message>
        <source>Leave, back to the same item in the window</source>
        <translation>Выйти и вернуться к тому же объекту в окне</translation>
    </message>
    <message>
        <source>Quiz (View → Quiz, or Q in presentation mode)</source>
        <translation>Викторина (Вид → Викторина или Q в режиме презентации)</translation>
    </message>
    <message>
        <source>Show the answer and its sources (again: next question)</source>
        <translation>Показать ответ и его источники (ещё раз — следующий вопрос)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Предыдущий вопрос</translation>
    </message>
    <message>
        <source>First or last question</source>
        <translation>Первый или последний вопрос</translation>
    </message>
    <message>
        <source>Leave the quiz</source>
        <translation>Выйти из викторины</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Поле поиска</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Перейти к результатам</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language of the menus, the pages, the slides and the exports</source>
        <translation>Язык меню, страниц, слайдов и экспорта</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Chart legend</source>
        <translation>Легенда диаграммы</translation>
    </message>
</context>
<context>
    <name>LengthsPage</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Протяжённость</translation>
    </message>
    <message>
        <source>vs article</source>
        <translation>к статье</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation>Почему отличается</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>База сравнения:</translation>
    </message>
    <message>
        <source>the figure every row is compared with.</source>
        <translation>с этим показателем сравнивается каждая строка.</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Причина не указана.</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>(база)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Why the lengths differ</source>
        <translation>Почему протяжённость различается</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Заявленная сумма</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>adds up</source>
        <translation>сходится</translation>
    </message>
    <message>
        <source>stated total is {difference} off its parts</source>
        <translation>заявленная сумма расходится с суммой частей на {difference}</translation>
    </message>
    <message>
        <source>Borders:</source>
        <translation>Границы:</translation>
    </message>
    <message>
        <source>Lengths by source (km)</source>
        <translation>Протяжённость по источникам (км)</translation>
    </message>
    <message>
        <source>Totals compared with the article</source>
        <translation>Суммы в сравнении со статьёй</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Протяжённость по источникам</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Dataset {version} · {date} · {checksum}</source>
        <translation>Набор данных {version} · {date} · {checksum}</translation>
    </message>
    <message>
        <source>Dataset checksum (SHA-256): {checksum}</source>
        <translation>Контрольная сумма набора данных (SHA-256): {checksum}</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Map: scale {scale}</source>
        <translation>Карта: масштаб {scale}</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map data: {title}, {edition} (scale {scale})</source>
        <translation>Данные карты: {title}, {edition} (масштаб {scale})</translation>
    </message>
    <message>
        <source>Map data: {sources}</source>
        <translation>Данные карты: {sources}</translation>
    </message>
    <message>
        <source>Kazakhstan and its neighbours</source>
        <translation>Казахстан и его соседи</translation>
    </message>
    <message>
        <source>Border segment (as in the chart)</source>
        <translation>Участок границы (как на диаграмме)</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Выбранный участок</translation>
    </message>
    <message>
        <source>Caspian Sea shore</source>
        <translation>Побережье Каспийского моря</translation>
    </message>
    <message>
        <source>Sea, lake or reservoir</source>
        <translation>Море, озеро или водохранилище</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Disputed (see note)</source>
        <translation>Спорная территория (см. примечание)</translation>
    </message>
    <message>
        <source>Rivers: not drawn (no 1:10m rivers)</source>
        <translation>Реки не показаны (нет рек в масштабе 1:10m)</translation>
    </message>
    <message>
        <source>Not labelled: {names}</source>
        <translation>Без подписи: {names}</translation>
    </message>
    <message>
        <source>Hatched: {members}</source>
        <translation>Заштриховано: {members}</translation>
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
        <translation>{name} (спорная)</translation>
    </message>
    <message>
        <source>{degrees}°N</source>
        <translation>{degrees}° с. ш.</translation>
    </message>
    <message>
        <source>{degrees}°E</source>
        <translation>{degrees}° в. д.</translation>
    </message>
</context>
<context>
    <name>MapLengthPage</name>
    <message>
        <source>A border on a map is a chain of straight steps between points. The fewer the points, the more of each river bend and mountain zig-zag is cut short, so the same border measured on a coarser map comes out shorter, and measured on ever finer maps it keeps growing: the coastline paradox. The rows above show it on this border: Natural Earth&apos;s world map at 1:110m, its 1:10m line (the one the map draws), and that line simplified as the map draws it when zoomed out. The published figures come from surveys and large-scale maps that follow the border&apos;s real course; they also differ among themselves because the sources measured at different scales and times, before or after the line was agreed and marked on the ground, and did not always count the same stretches.</source>
        <translation>Граница на карте — это цепочка прямых отрезков между точками. Чем меньше точек, тем сильнее срезаются изгибы рек и зигзаги гор, поэтому одна и та же граница на более грубой карте получается короче, а на всё более подробных картах продолжает расти: это парадокс береговой линии. Строки выше показывают это на данной границе: карта мира Natural Earth в масштабе 1:110m, её линия 1:10m (по ней нарисована карта) и та же линия, упрощённая так, как карта рисует её при уменьшении. Опубликованные значения получены при съёмках и по крупномасштабным картам, которые повторяют действительный ход границы; между собой они тоже различаются, потому что источники измеряли в разных масштабах и в разное время — до или после того, как линию согласовали и обозначили на местности, — и не всегда учитывали одни и те же отрезки.</translation>
    </message>
    <message>
        <source>Measured along the map line</source>
        <translation>Измерено по линии на карте</translation>
    </message>
    <message>
        <source>Measured on the map line, then published</source>
        <translation>Сначала измерено по линии на карте, затем опубликованное</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Протяжённость</translation>
    </message>
    <message>
        <source>Of the longest</source>
        <translation>От самой длинной</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Each map line&apos;s length is the sum of the great-circle distances between its points, on a sphere of the Earth&apos;s mean radius. These are lengths measured on map lines (purple bars), not published figures (blue bars).</source>
        <translation>Длина каждой линии на карте — сумма расстояний по большому кругу между её точками на сфере среднего радиуса Земли. Это длины, измеренные по линиям на карте (фиолетовые полосы), а не опубликованные значения (синие полосы).</translation>
    </message>
</context>
<context>
    <name>MapLink</name>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Не удалось загрузить карту.</translation>
    </message>
</context>
<context>
    <name>MapSlot</name>
    <message>
        <source>Loading map…</source>
        <translation>Загрузка карты…</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Не удалось загрузить карту.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>none — {reason} ({as_of})</source>
        <translation>нет — {reason} ({as_of})</translation>
    </message>
    <message>
        <source>members of the {organisation} {as_of}</source>
        <translation>члены {organisation} {as_of}</translation>
    </message>
    <message>
        <source> (not hatched, participation suspended or frozen: {names})</source>
        <translation> (не заштрихованы, участие приостановлено или заморожено: {names})</translation>
    </message>
    <message>
        <source>the {organisation} began on {when}</source>
        <translation>деятельность {organisation} началась {when}</translation>
    </message>
    <message>
        <source>the {organisation} ended on {when}</source>
        <translation>деятельность {organisation} прекратилась {when}</translation>
    </message>
    <message>
        <source>no member of the {organisation} is recorded</source>
        <translation>ни один член {organisation} не указан</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Borders</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Topics and threats</source>
        <translation>Темы и угрозы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Сравнения</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Протяжённость по источникам</translation>
    </message>
    <message>
        <source>sources side by side</source>
        <translation>источники рядом</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Границы × организации</translation>
    </message>
    <message>
        <source>shared memberships then and now</source>
        <translation>общее членство тогда и сейчас</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>events by date</source>
        <translation>события по датам</translation>
    </message>
    <message>
        <source>What changed since the article</source>
        <translation>Что изменилось после статьи</translation>
    </message>
    <message>
        <source>then, now and the dates between</source>
        <translation>тогда, сейчас и даты между ними</translation>
    </message>
    <message>
        <source>Kazakhstan overview</source>
        <translation>Обзор: Казахстан</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Filters the list of borders, organisations, people and events as you type (Ctrl+F); Down moves into the list, Esc clears the search</source>
        <translation>Фильтрует список границ, организаций, персон и событий по мере ввода (Ctrl+F); стрелка вниз переходит в список, Esc очищает поиск</translation>
    </message>
    <message>
        <source>Search borders, organisations, people…</source>
        <translation>Поиск границ, организаций, персон…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Borders, comparisons, organisations, topics, people, events and sources: the chosen one&apos;s page is shown beside the list</source>
        <translation>Границы, сравнения, организации, темы, персоны, события и источники: страница выбранного показана рядом со списком</translation>
    </message>
    <message>
        <source>Focus &amp;search</source>
        <translation>Перейти к &amp;поиску</translation>
    </message>
    <message>
        <source>Searching every name in every language…</source>
        <translation>Поиск по всем названиям на всех языках…</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>Ничего не найдено по запросу «{query}».</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>Note preview</source>
        <translation>Предпросмотр заметки</translation>
    </message>
    <message>
        <source>Your note on the chosen item as it reads formatted</source>
        <translation>Ваша заметка о выбранном объекте в отформатированном виде</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>Open this address outside BorderDesk?

{link}</source>
        <translation>Открыть этот адрес вне BorderDesk?

{link}</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Correction of the article:</source>
        <translation>Поправка к статье:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>(last confirmed {date})</source>
        <translation>(последнее подтверждение: {date})</translation>
    </message>
    <message>
        <source>At the article&apos;s date (c. 2012)</source>
        <translation>На дату статьи (ок. 2012 г.)</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>На {date}</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Тогда и сейчас</translation>
    </message>
    <message>
        <source>Corrections and notes</source>
        <translation>Поправки и примечания</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Your own note and bookmark on the chosen item</source>
        <translation>Ваша собственная заметка и закладка для выбранного объекта</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Your note on the chosen item, saved as you type; light Markdown is formatted in the preview beside it</source>
        <translation>Ваша заметка о выбранном объекте сохраняется по мере ввода; простая разметка Markdown показывается отформатированной в предпросмотре рядом</translation>
    </message>
    <message>
        <source>Write a note on this item (light Markdown: **bold**, *italic*, - lists, [text](https://…))</source>
        <translation>Напишите заметку об этом объекте (простой Markdown: **жирный**, *курсив*, - списки, [текст](https://…))</translation>
    </message>
    <message>
        <source>Saving is off</source>
        <translation>Сохранение отключено</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Правка…</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters; not saved</source>
        <translation>Слишком длинно: не больше {count} знаков; не сохранено</translation>
    </message>
    <message>
        <source>Your note on {item}</source>
        <translation>Ваша заметка: {item}</translation>
    </message>
    <message>
        <source>Notes cannot be read</source>
        <translation>Не удаётся прочитать заметки</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>Ваша заметка не сохранена</translation>
    </message>
    <message>
        <source>Too long to paste: {length} characters (a note holds {most})</source>
        <translation>Слишком длинно для вставки: {length} знаков (в заметке помещается {most})</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ В закладках</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ В закладки</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>Закладка не сохранена</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Members whose participation is suspended or frozen</source>
        <translation>Члены, чьё участие приостановлено или заморожено</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Бывшие члены</translation>
    </message>
    <message>
        <source>Not members (as sources say)</source>
        <translation>Не члены (по данным источников)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Dates and sources</source>
        <translation>Даты и источники</translation>
    </message>
    <message>
        <source>Not yet founded on this day: it began on {when}.</source>
        <translation>На этот день организация ещё не создана: она начала работу {when}.</translation>
    </message>
    <message>
        <source>No longer in existence on this day: it ended on {when}.</source>
        <translation>На этот день организация уже не существовала: она прекратила деятельность {when}.</translation>
    </message>
    <message>
        <source>The groups above count the listed ones only.</source>
        <translation>В группах выше учтены только перечисленные.</translation>
    </message>
    <message>
        <source>Member counts</source>
        <translation>Численность членов</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Headquarters over time</source>
        <translation>Штаб-квартира в разные годы</translation>
    </message>
    <message>
        <source>Chairs over time</source>
        <translation>Председательство в разные годы</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Мандат</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s role</source>
        <translation>Роль Казахстана</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Related organisations</source>
        <translation>Связанные организации</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Копировать диаграмму</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>Экспорт ка&amp;рты…</translation>
    </message>
    <message>
        <source>Cop&amp;y map</source>
        <translation>Копировать карт&amp;у</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>Раздато&amp;чный материал…</translation>
    </message>
    <message>
        <source>A one-page handout of the selected border or organisation, to print or save as PDF</source>
        <translation>Раздаточный материал на одну страницу о выбранной границе или организации — для печати или сохранения в PDF</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Пока нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>The chart could not be exported.</source>
        <translation>Не удалось экспортировать диаграмму.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>The map could not be exported.</source>
        <translation>Не удалось экспортировать карту.</translation>
    </message>
    <message>
        <source>There is no chart to copy yet.</source>
        <translation>Пока нет диаграммы для копирования.</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Копирование диаграммы</translation>
    </message>
    <message>
        <source>The chart could not be copied.</source>
        <translation>Не удалось скопировать диаграмму.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>Диаграмма скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Copy map</source>
        <translation>Копирование карты</translation>
    </message>
    <message>
        <source>The map could not be copied.</source>
        <translation>Не удалось скопировать карту.</translation>
    </message>
    <message>
        <source>Map copied to the clipboard.</source>
        <translation>Карта скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Раздаточный материал</translation>
    </message>
    <message>
        <source>The handout could not be made.</source>
        <translation>Не удалось подготовить раздаточный материал.</translation>
    </message>
</context>
<context>
    <name>PageTableView</name>
    <message>
        <source>Page table</source>
        <translation>Таблица страницы</translation>
    </message>
    <message>
        <source>The page&apos;s long table; Enter opens the row&apos;s border</source>
        <translation>Длинная таблица страницы; Enter открывает границу строки</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>The segments add up to the stated total.</source>
        <translation>Сумма участков совпадает с заявленной общей протяжённостью.</translation>
    </message>
    <message>
        <source>The segments add up to {sum}, {difference} more than the stated total of {total}.</source>
        <translation>Сумма участков — {sum}, на {difference} больше заявленной общей протяжённости {total}.</translation>
    </message>
    <message>
        <source>The segments add up to {sum}, {difference} less than the stated total of {total}.</source>
        <translation>Сумма участков — {sum}, на {difference} меньше заявленной общей протяжённости {total}.</translation>
    </message>
    <message>
        <source>(computed from {sources})</source>
        <translation>(вычислено по: {sources})</translation>
    </message>
    <message>
        <source>no segments</source>
        <translation>нет участков</translation>
    </message>
    <message>
        <source>Stated total:</source>
        <translation>Заявленная общая протяжённость:</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Сосед</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Протяжённость</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The {shown} longest of {count} segments:</source>
        <translation>Самые длинные участки ({shown} из {count}):</translation>
    </message>
    <message>
        <source>Every border is listed under Borders in the list.</source>
        <translation>Все границы перечислены в разделе «Границы» списка.</translation>
    </message>
    <message>
        <source>Land border</source>
        <translation>Сухопутная граница</translation>
    </message>
    <message>
        <source>Totals by source</source>
        <translation>Общая протяжённость по источникам</translation>
    </message>
    <message>
        <source>Landlocked</source>
        <translation>Без выхода к морю</translation>
    </message>
    <message>
        <source>The Caspian Sea</source>
        <translation>Каспийское море</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>{share} of Kazakhstan&apos;s land border, by the default source, {source}.</source>
        <translation>{share} сухопутной границы Казахстана по основному источнику — {source}.</translation>
    </message>
    <message>
        <source>Length by source</source>
        <translation>Протяжённость по источникам</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Legal status over time</source>
        <translation>Правовой статус в разные годы</translation>
    </message>
    <message>
        <source>Organisations shared with {neighbour}</source>
        <translation>Общие организации: Казахстан и {neighbour}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s border with {neighbour} · {rank}</source>
        <translation>Граница Казахстана: {neighbour} · {rank}</translation>
    </message>
    <message>
        <source>the longest segment</source>
        <translation>самый протяжённый участок</translation>
    </message>
    <message>
        <source>2nd longest segment</source>
        <translation>второй по протяжённости участок</translation>
    </message>
    <message>
        <source>3rd longest segment</source>
        <translation>третий по протяжённости участок</translation>
    </message>
    <message>
        <source>{rank}th longest segment</source>
        <translation>{rank}-й по протяжённости участок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанное</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Also known as {names}</source>
        <translation>Также известен как {names}</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>1 figure rests on this source.</source>
        <translation>1 показатель основан на этом источнике.</translation>
    </message>
    <message>
        <source>Shown on</source>
        <translation>Где показан</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Что охватывает</translation>
    </message>
    <message>
        <source>Figures resting on it</source>
        <translation>Показатели, основанные на нём</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <source>, as of {date}</source>
        <translation>, на {date}</translation>
    </message>
    <message>
        <source>Some texts on this page are not translated yet: they are shown in another language and marked, e.g. [in English].</source>
        <translation>Некоторые тексты на этой странице ещё не переведены: они показаны на другом языке и помечены, например [на английском].</translation>
    </message>
    <message>
        <source>, undated</source>
        <translation>, без даты</translation>
    </message>
    <message>
        <source>(translation: BorderDesk)</source>
        <translation>(перевод: BorderDesk)</translation>
    </message>
    <message>
        <source>no verb</source>
        <translation>без глагола</translation>
    </message>
    <message>
        <source>Attribution: {said} — provenance unconfirmed (not presented as an interview).</source>
        <translation>Атрибуция: {said} — происхождение не подтверждено (не подаётся как интервью).</translation>
    </message>
    <message>
        <source>Attribution: {said} — as published.</source>
        <translation>Атрибуция: {said} — как опубликовано.</translation>
    </message>
</context>
<context>
    <name>PresentActions</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим п&amp;резентации</translation>
    </message>
    <message>
        <source>The slides chosen in View → Slides, full screen, from the selected item</source>
        <translation>Слайды, выбранные в меню «Вид → Слайды», на весь экран, начиная с выбранного элемента</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>С&amp;лайды</translation>
    </message>
    <message>
        <source>This &amp;item</source>
        <translation>Этот &amp;элемент</translation>
    </message>
    <message>
        <source>This item, its &amp;border and organisations</source>
        <translation>Этот элемент, его &amp;граница и организации</translation>
    </message>
    <message>
        <source>The &amp;whole deck, from this item</source>
        <translation>&amp;Все слайды, начиная с этого элемента</translation>
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
        <translation>T: следующая дата</translation>
    </message>
    <message>
        <source>BorderDesk presentation</source>
        <translation>Презентация BorderDesk</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>BorderDesk presenter</source>
        <translation>BorderDesk — экран докладчика</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>На проекторе</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>The last slide</source>
        <translation>Последний слайд</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Слайд %1 из %2</translation>
    </message>
    <message>
        <source>No note on this item. Write one under its page in the window, and it shows here.</source>
        <translation>К этому элементу нет заметки. Напишите её под его страницей в окне, и она появится здесь.</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · прошло %2</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{title}: cancelled; nothing was changed</source>
        <translation>{title}: отменено; ничего не изменено</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>a quiz needs at least one question, not {count}</source>
        <translation>в викторине нужен хотя бы один вопрос, а не {count}</translation>
    </message>
    <message>
        <source>According to {source}, which neighbour shares Kazakhstan&apos;s longest land border?</source>
        <translation>По данным источника «{source}», с каким соседом у Казахстана самая протяжённая сухопутная граница?</translation>
    </message>
    <message>
        <source>According to {source}, which neighbour shares Kazakhstan&apos;s shortest land border?</source>
        <translation>По данным источника «{source}», с каким соседом у Казахстана самая короткая сухопутная граница?</translation>
    </message>
    <message>
        <source>According to {source}, how long is Kazakhstan&apos;s land border with {subject}?</source>
        <translation>По данным источника «{source}», какова протяжённость сухопутной границы «Казахстан – {subject}»?</translation>
    </message>
    <message>
        <source>According to {source}, put these borders in order of length, longest first.</source>
        <translation>По данным источника «{source}», расположите эти границы по протяжённости, начиная с самой длинной.</translation>
    </message>
    <message>
        <source>Which source gives the total length of Kazakhstan&apos;s land borders as {subject}?</source>
        <translation>Какой источник называет общую протяжённость сухопутных границ Казахстана {subject}?</translation>
    </message>
    <message>
        <source>Which of these countries does not share a land border with Kazakhstan?</source>
        <translation>Какая из этих стран не граничит с Казахстаном по суше?</translation>
    </message>
    <message>
        <source>As of {date}, which of these states is a member of the {subject}?</source>
        <translation>Какое из этих государств было членом {subject} на {date}?</translation>
    </message>
    <message>
        <source>As of {date}, which of these states is not a member of the {subject}?</source>
        <translation>Какое из этих государств не было членом {subject} на {date}?</translation>
    </message>
    <message>
        <source>By the latest records, which of these organisations has its headquarters in {subject}?</source>
        <translation>По последним данным, штаб-квартира какой из этих организаций находится в городе {subject}?</translation>
    </message>
    <message>
        <source>According to {source}, how many member states did the {subject} have as of {date}?</source>
        <translation>По данным источника «{source}», сколько государств-членов было в {subject} на {date}?</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s {count} land neighbours: {names}</source>
        <translation>Сухопутные соседи Казахстана ({count}): {names}</translation>
    </message>
    <message>
        <source>{state}: no membership of the {organisation} recorded</source>
        <translation>{state}: членство в {organisation} не записано</translation>
    </message>
    <message>
        <source>{organisation}: {count} member states as of {date}</source>
        <translation>{organisation}: государств-членов — {count}, на {date}</translation>
    </message>
    <message>
        <source>{state}: {role}, {since} to {until}</source>
        <translation>{state}: {role}, с {since} по {until}</translation>
    </message>
    <message>
        <source>{state}: {role} until {until}</source>
        <translation>{state}: {role} до {until}</translation>
    </message>
    <message>
        <source>{state}: {role} since {since}</source>
        <translation>{state}: {role} с {since}</translation>
    </message>
    <message>
        <source>{state}: {role}</source>
        <translation>{state}: {role}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
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
        <translation>Вопросы по набору данных во весь экран; пробел показывает ответ</translation>
    </message>
    <message>
        <source>&amp;Print quiz…</source>
        <translation>&amp;Печать викторины…</translation>
    </message>
    <message>
        <source>A printable quiz with a separate answer key, to print or save as PDF</source>
        <translation>Викторина для печати с отдельным ключом ответов — напечатать или сохранить в PDF</translation>
    </message>
    <message>
        <source>This dataset holds no figures a quiz can be made from.</source>
        <translation>В этом наборе данных нет показателей, из которых можно составить викторину.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Print quiz</source>
        <translation>Печать викторины</translation>
    </message>
</context>
<context>
    <name>QuizDialog</name>
    <message>
        <source>Print quiz</source>
        <translation>Печать викторины</translation>
    </message>
    <message>
        <source>The same number always gives the same quiz</source>
        <translation>Один и тот же номер всегда даёт одну и ту же викторину</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>Н&amp;овая викторина</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Вопросы:</translation>
    </message>
    <message>
        <source>Quiz &amp;number:</source>
        <translation>&amp;Номер викторины:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>The questions come first, then the answer key on pages of its own: print the questions for the class and keep the key. Every answer names the source of its figures.</source>
        <translation>Сначала вопросы, затем ключ ответов на отдельных страницах: напечатайте вопросы для класса, а ключ оставьте себе. Каждый ответ называет источник своих показателей.</translation>
    </message>
    <message>
        <source>Preview of the quiz page</source>
        <translation>Предпросмотр страницы викторины</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <source>Quiz not saved</source>
        <translation>Викторина не сохранена</translation>
    </message>
    <message>
        <source>The quiz could not be saved as
{path}

{problem}.</source>
        <translation>Не удалось сохранить викторину как
{path}

{problem}.</translation>
    </message>
    <message>
        <source>Not printed: {problem}</source>
        <translation>Не напечатано: {problem}</translation>
    </message>
    <message>
        <source>Quiz not printed</source>
        <translation>Викторина не напечатана</translation>
    </message>
    <message>
        <source>Sent the quiz and its answer key to the printer.</source>
        <translation>Викторина и ключ ответов отправлены на принтер.</translation>
    </message>
    <message>
        <source>answer key</source>
        <translation>ключ ответов</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>Page {page} of {count} · {part}</source>
        <translation>Страница {page} из {count} · {part}</translation>
    </message>
    <message>
        <source>Save quiz as PDF</source>
        <translation>Сохранить викторину в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuizPrint</name>
    <message>
        <source>BorderDesk quiz {seed}</source>
        <translation>Викторина BorderDesk {seed}</translation>
    </message>
    <message>
        <source>BorderDesk {version} · dataset {dataset} · quiz {seed} · printed {day}</source>
        <translation>BorderDesk {version} · набор данных {dataset} · викторина {seed} · напечатано {day}</translation>
    </message>
    <message>
        <source>Longest first: {blanks}</source>
        <translation>От самой длинной: {blanks}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>BorderDesk quiz · Kazakhstan&apos;s land borders and regional organisations</source>
        <translation>Викторина BorderDesk · Сухопутные границы Казахстана и региональные организации</translation>
    </message>
    <message>
        <source>Name: ____________________   Class: ________   Date: ____________</source>
        <translation>Имя: ____________________   Класс: ________   Дата: ____________</translation>
    </message>
    <message>
        <source>For the teacher · keep apart from the questions</source>
        <translation>Для учителя · храните отдельно от вопросов</translation>
    </message>
    <message>
        <source>Answer key: quiz {seed}</source>
        <translation>Ключ ответов: викторина {seed}</translation>
    </message>
    <message>
        <source>Every figure and fact with the source it comes from.</source>
        <translation>Каждый показатель и факт — с источником, из которого он взят.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Ключ ответов</translation>
    </message>
    <message>
        <source>{part} · page {page} of {count}</source>
        <translation>{part} · страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <source>BorderDesk quiz</source>
        <translation>Викторина BorderDesk</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Вопрос {number} из {count}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Ответ: {answer}</translation>
    </message>
    <message>
        <source>PageDown: next question</source>
        <translation>PageDown: следующий вопрос</translation>
    </message>
    <message>
        <source>Space: answer</source>
        <translation>Пробел: ответ</translation>
    </message>
    <message>
        <source>{number} / {count} · Quiz {seed} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · Викторина {seed} · Набор данных BorderDesk {version}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>did you mean {name}?</source>
        <translation>возможно, вы имели в виду {name}?</translation>
    </message>
    <message>
        <source>found by its former name {name}</source>
        <translation>найдено по прежнему названию: {name}</translation>
    </message>
    <message>
        <source>found by its name {name}</source>
        <translation>найдено по «{name}»</translation>
    </message>
    <message>
        <source>found by its English name {name}</source>
        <translation>найдено по-английски: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh name {name}</source>
        <translation>найдено по-казахски: {name}</translation>
    </message>
    <message>
        <source>found by its Russian name {name}</source>
        <translation>найдено по-русски: {name}</translation>
    </message>
    <message>
        <source>found by its full name {name}</source>
        <translation>найдено по полному названию: {name}</translation>
    </message>
    <message>
        <source>found by its English full name {name}</source>
        <translation>найдено по полному названию на английском: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh full name {name}</source>
        <translation>найдено по полному названию на казахском: {name}</translation>
    </message>
    <message>
        <source>found by its Russian full name {name}</source>
        <translation>найдено по полному названию на русском: {name}</translation>
    </message>
    <message>
        <source>found by its other name {name}</source>
        <translation>найдено по другому имени: {name}</translation>
    </message>
    <message>
        <source>found by its English other name {name}</source>
        <translation>найдено по другому имени на английском: {name}</translation>
    </message>
    <message>
        <source>found by its Kazakh other name {name}</source>
        <translation>найдено по другому имени на казахском: {name}</translation>
    </message>
    <message>
        <source>found by its Russian other name {name}</source>
        <translation>найдено по другому имени на русском: {name}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file was unreadable; defaults are used (the old file was kept as {file}).</source>
        <translation>Файл настроек не читается; используются значения по умолчанию (старый файл сохранён как {file}).</translation>
    </message>
    <message>
        <source>Settings cannot be saved to {file}: {reason}.</source>
        <translation>Не удаётся сохранить настройки в {file}: {reason}.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>файл не удалось записать</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key BorderDesk answers to: first the menus&apos; commands, then the keys of the search box, the chart, the map, presentation mode and the quiz.</source>
        <translation>Все клавиши, на которые отвечает BorderDesk: сначала команды меню, затем клавиши поля поиска, диаграммы, карты, режима презентации и викторины.</translation>
    </message>
    <message>
        <source>More in the user guide (Help → User guide).</source>
        <translation>Подробнее — в руководстве пользователя (Справка → Руководство пользователя).</translation>
    </message>
</context>
<context>
    <name>SinceArticlePage</name>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Participation suspended or frozen</source>
        <translation>Участие приостановлено или заморожено</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>The article says nothing of it.</source>
        <translation>Статья об этом ничего не говорит.</translation>
    </message>
    <message>
        <source>The article said ({source}):</source>
        <translation>Статья писала ({source}):</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Organisations both sides belong to</source>
        <translation>Организации, в которых состоят обе стороны</translation>
    </message>
    <message>
        <source>No time-bound record holds on this day.</source>
        <translation>На этот день не действует ни одна запись, привязанная к датам.</translation>
    </message>
    <message>
        <source>{name} founded</source>
        <translation>{name}: основание</translation>
    </message>
    <message>
        <source>{name} ended, taken over by its successor</source>
        <translation>{name}: деятельность прекращена, её продолжает преемник</translation>
    </message>
    <message>
        <source>{member}: no longer {role}</source>
        <translation>{member}: больше не {role}</translation>
    </message>
    <message>
        <source>No dated change is recorded in between.</source>
        <translation>В промежутке не записано ни одного датированного изменения.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>В промежутке</translation>
    </message>
    <message>
        <source>Corrections of the article</source>
        <translation>Поправки к статье</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>На {day}</translation>
    </message>
    <message>
        <source>For each border and organisation: what the article (c. 2012) said, what holds on {day}, and every dated change in between, each with its sources.</source>
        <translation>Для каждой границы и организации: что писала статья (ок. 2012 г.), что действует на {day} и каждое датированное изменение в промежутке — всё с источниками.</translation>
    </message>
    <message>
        <source>What changed since the article</source>
        <translation>Что изменилось после статьи</translation>
    </message>
</context>
<context>
    <name>SlideGrid</name>
    <message>
        <source>✓ both members · ◐ observer · ✗ not, or no longer, a member</source>
        <translation>✓ оба — члены · ◐ наблюдатель · ✗ не член или больше не член</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>с {year}</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>left {year}</source>
        <translation>вышел в {year}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>вышел</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>{country}: land borders</source>
        <translation>{country}: сухопутные границы</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (текущая)</translation>
    </message>
    <message>
        <source>{source}: {length} of land border</source>
        <translation>{source}: {length} сухопутной границы</translation>
    </message>
    <message>
        <source>{source}: {length}</source>
        <translation>{source}: {length}</translation>
    </message>
    <message>
        <source>{source}: {share} of the land border</source>
        <translation>{source}: {share} сухопутной границы</translation>
    </message>
    <message>
        <source>Kazakhstan – {neighbour}</source>
        <translation>Казахстан – {neighbour}</translation>
    </message>
    <message>
        <source>Border no. {rank} by length</source>
        <translation>Граница № {rank} по протяжённости</translation>
    </message>
    <message>
        <source>{source}: {count}</source>
        <translation>{source}: {count}</translation>
    </message>
    <message>
        <source> (last confirmed {date})</source>
        <translation> (последнее подтверждение: {date})</translation>
    </message>
    <message>
        <source>{source}: not yet founded (from {date})</source>
        <translation>{source}: ещё не создана (создана {date})</translation>
    </message>
    <message>
        <source>{source}: ended {date}</source>
        <translation>{source}: прекратила деятельность {date}</translation>
    </message>
    <message>
        <source>{source}: founded {date}</source>
        <translation>{source}: основана {date}</translation>
    </message>
    <message>
        <source>{source}: {member}, {role} since {date}</source>
        <translation>{source}: {member}, {role} с {date}</translation>
    </message>
    <message>
        <source>{source}: {member}, {role}</source>
        <translation>{source}: {member}, {role}</translation>
    </message>
    <message>
        <source>{members} — per {sources}</source>
        <translation>{members} — по данным {sources}</translation>
    </message>
    <message>
        <source>{source}: headquarters {place}</source>
        <translation>{source}: штаб-квартира — {place}</translation>
    </message>
    <message>
        <source>{number} / {count} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · Набор данных BorderDesk {version}</translation>
    </message>
    <message>
        <source>{number} / {count} · {as_of} · BorderDesk dataset {version}</source>
        <translation>{number} / {count} · {as_of} · Набор данных BorderDesk {version}</translation>
    </message>
    <message>
        <source>{source}: {length} in all</source>
        <translation>{source}: всего {length}</translation>
    </message>
    <message>
        <source>Lengths by source</source>
        <translation>Протяжённость по источникам</translation>
    </message>
    <message>
        <source>Each source&apos;s lengths of the five borders, side by side</source>
        <translation>Протяжённость пяти участков границы по каждому источнику, рядом</translation>
    </message>
    <message>
        <source>Borders × organisations</source>
        <translation>Границы × организации</translation>
    </message>
    <message>
        <source>Which organisations each neighbour shares with Kazakhstan: {then} and {now}</source>
        <translation>Какие организации у каждого соседа общие с Казахстаном: {then} и {now}</translation>
    </message>
    <message>
        <source>Events ({number} of {count})</source>
        <translation>События ({number} из {count})</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Timeline: {span}</source>
        <translation>Хронология: {span}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Источники: {sources}</translation>
    </message>
</context>
<context>
    <name>TextScale</name>
    <message>
        <source>Text size {percent}</source>
        <translation>Размер текста {percent}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast (projector)</source>
        <translation>Высокий контраст (проектор)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Independence, the organisations, the border treaties and demarcation, and the events the article refers to, oldest first. Select an event for its sources and details.</source>
        <translation>Независимость, организации, договоры о границах и демаркация, а также события, на которые ссылается статья, — от самых ранних. Выберите событие, чтобы увидеть его источники и подробности.</translation>
    </message>
    <message>
        <source>Every event is listed by date under Events in the list.</source>
        <translation>Все события перечислены по датам в разделе «События» списка.</translation>
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
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>Export &amp;notes and bookmarks…</source>
        <translation>Экспорт &amp;заметок и закладок…</translation>
    </message>
    <message>
        <source>&amp;Import notes and bookmarks…</source>
        <translation>&amp;Импорт заметок и закладок…</translation>
    </message>
    <message>
        <source>Export &amp;dataset as data pack…</source>
        <translation>Экспорт &amp;набора данных как пакета…</translation>
    </message>
    <message>
        <source>Import data pac&amp;k…</source>
        <translation>Импорт паке&amp;та данных…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Закладок пока нет</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Заметки не экспортированы</translation>
    </message>
    <message>
        <source>Exported {notes} and {bookmarks} to {file}</source>
        <translation>Экспорт в {file}: {notes} и {bookmarks}</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Notes not imported</source>
        <translation>Заметки не импортированы</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Импортирован {file}: {summary}</translation>
    </message>
    <message>
        <source>Export data pack</source>
        <translation>Экспорт пакета данных</translation>
    </message>
    <message>
        <source>Data not exported</source>
        <translation>Данные не экспортированы</translation>
    </message>
    <message>
        <source>Import data pack</source>
        <translation>Импорт пакета данных</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>Импорт {file} отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Data pack not imported</source>
        <translation>Пакет данных не импортирован</translation>
    </message>
    <message>
        <source>Data pack imported</source>
        <translation>Пакет данных импортирован</translation>
    </message>
    <message>
        <source>{file} was imported as “{name}”. The bundled data is unchanged.

Show the imported data now? (The Data menu switches between them.)</source>
        <translation>{file} импортирован как «{name}». Встроенные данные не изменились.

Показать импортированные данные сейчас? (Переключаться между ними можно в меню «Данные».)</translation>
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
        <translation>Ваши заметки восстановлены из резервной копии</translation>
    </message>
    <message>
        <source>Your notes file was damaged. BorderDesk put back the backup of {when}: notes and bookmarks made after that are not in it.

The damaged file was kept as {file}.</source>
        <translation>Файл ваших заметок был повреждён. BorderDesk восстановил резервную копию от {when}: заметок и закладок, сделанных позже, в ней нет.

Повреждённый файл сохранён как {file}.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Notes cannot be saved</source>
        <translation>Заметки нельзя сохранить</translation>
    </message>
    <message>
        <source>Notes and bookmarks are shown but cannot be saved during this session: {reason}.</source>
        <translation>Заметки и закладки показаны, но в этом сеансе их нельзя сохранить: {reason}.</translation>
    </message>
    <message>
        <source>BorderDesk stopped unexpectedly last time</source>
        <translation>В прошлый раз BorderDesk неожиданно завершился</translation>
    </message>
    <message>
        <source>The last session ended with a crash. Its report was kept in {file}; open &apos;Show Details…&apos; to read it.</source>
        <translation>Прошлый сеанс завершился сбоем. Отчёт о нём сохранён в {file}; чтобы прочитать его, нажмите «Показать подробности...».</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>founding member</source>
        <translation>член-основатель</translation>
    </message>
    <message>
        <source>former member</source>
        <translation>бывший член</translation>
    </message>
    <message>
        <source>non-member</source>
        <translation>не член</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>членство приостановлено</translation>
    </message>
    <message>
        <source>participation frozen</source>
        <translation>участие заморожено</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>аналитика</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>compiled by BorderDesk</source>
        <translation>составлено BorderDesk</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>набор данных</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>энциклопедия</translation>
    </message>
    <message>
        <source>factbook</source>
        <translation>справочник</translation>
    </message>
    <message>
        <source>news</source>
        <translation>новости</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Протяжённость</translation>
    </message>
    <message>
        <source>Land border total</source>
        <translation>Общая протяжённость сухопутной границы</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>Государства-наблюдатели</translation>
    </message>
    <message>
        <source>Partner states</source>
        <translation>Государства-партнёры</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Total of the five segments</source>
        <translation>Сумма пяти участков</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <source>Caspian Sea shore</source>
        <translation>Побережье Каспийского моря</translation>
    </message>
    <message>
        <source>Coastline</source>
        <translation>Береговая линия</translation>
    </message>
    <message>
        <source>Land neighbours</source>
        <translation>Сухопутные соседи</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>This dataset lists no changes.</source>
        <translation>В этом наборе данных нет списка изменений.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Dataset edition {edition}</source>
        <translation>Выпуск набора данных {edition}</translation>
    </message>
    <message>
        <source>What&apos;s new in this dataset</source>
        <translation>Что нового в наборе данных</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
</context>
</TS>
