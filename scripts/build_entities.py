"""The curated tables of lexicons/orgs.jsonl and lexicons/people.jsonl: organizations and people news is about.

    python scripts/build_lexicons.py --entities-only     # writes the two files, then common-words.txt

Source: translit curated. The tables below are the project's own: each entity's names as English and
Arabic news write them, with common variants. No package on PyPI that we checked ships such a list:
rigour 2.6.1 (OpenSanctions, MIT) ships territories with Wikidata QIDs and name-part symbols (given and
family names across scripts), but no organizations or people; followthemoney 4.11 ships a schema and its
translations. So the records carry no Wikidata QIDs, except the Islamic State's, taken over from the
earlier curated file (it names Wikidata's item for the group, Q2429253).

Rules the tables keep:
- The first English name is the display name; the ID is its slug (org:hamas, person:bashar-al-assad).
  The organizations first curated in syria-iraq.jsonl moved here with the same IDs.
- Abbreviations in capitals (UN, NATO, ISIS) are aliases: they match only when written in capitals.
- A word that is also a common word or a common given name is never a name alone: فتح 'opened' (Fatah is
  حركة فتح), الأهلي 'civil' (Al Ahly is النادي الأهلي), عباس, حسن; nor a short name that folds like a clitic
  plus a word (وام, WAM, is وأم 'and a mother'). A family name alone is a name only when
  it is distinctive and news means one person by it (شيراك, نتنياهو, Erdogan; بوش is George W. Bush though
  his father is here too; لوبان, father and daughter, is left out); the build checks that no two people
  share a name.
- A short Latin name that a loose spelling would find in ordinary words is written in capitals as an alias
  or not at all (FIFA, WAFA; Shas only as Shas party: Five, We've and Chess are no names).
- A club named after its city gets only names the city does not have (برشلونة is the city; the club is
  نادي برشلونة, FC Barcelona); the city's name, or an ordinary word (العربي, الهلال), it goes by in sports
  news is a sports name, which links only beside sports words.
- So does a company named like a place (Nokia, Toyota, رينو Reno: شركة نوكيا, Toyota Motor) or like a word
  (شركة أبل, not أبل 'camels' once hamza folds; شركة فيات, not فئات): only the forms with شركة, its country or
  its full name. A newspaper or channel named by a word or a place is named with صحيفة/جريدة/قناة or its
  country's adjective (صحيفة الراية, الوطن القطرية, قناة العراقية), never by a phrase news also writes (المصري
  اليوم, الجمهورية اللبنانية, الثورة السورية). An English abbreviation is an alias, not an English name, so that
  ibm or bp in lower case is no name.
- Organizations are listed by kind, so that other news of the same kind finds them: international and
  regional bodies, central banks and stock exchanges, global and Arab companies, media of every Arab state
  and the major Western ones, universities, NGOs, sports bodies, parties and parliaments.
- Persons: heads of state and government since 2000 (Arab League states, Iran, Turkey, Israel, the G20,
  the permanent members of the UN Security Council, some others) and main actors of Middle East news; then,
  by category, the people news of every field names: leaders of the 20th century and the 1990s, ministers,
  generals and officials of the US, Europe, Russia and the region, UN, EU, NATO and world bodies; Arab and
  world writers, poets, thinkers and scientists, classical Arab and Muslim scholars, caliphs and rulers,
  Nobel laureates; Arab and world singers, composers, actors and directors; footballers (Ballon d'Or
  winners, World Cup stars, Arab stars), coaches, F1 and tennis champions, Olympians; religious leaders;
  leaders of armed groups. Arabic spellings as news writes them, with common variants.
- A person's last name word is a family name the linker takes alone after the full name earlier in the text
  (or after a title when one person bears it), so a person whose name ends in a very common word is left
  out rather than linked wrongly: خليل الوزير ('the minister'), عادل إمام (أمام 'in front of'), سلمان العودة
  ('the return'), أبو حمزة المصري ('the Egyptian'), براد بيت ('house'). Names ending in a regnal ordinal
  (الثاني) keep that risk, as the heads of state always did.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
from translit.geonames import slug  # noqa: E402
from translit.names import folded_key  # noqa: E402

SOURCE = "translit curated (names as English and Arabic news write them)"
LICENSE = "GPL-3.0-or-later (translit curated); Wikidata QID: CC0"
XREFS = {"org:islamic-state": {"wikidata": "Q2429253"}}

# country | English names (display name first) | Arabic names | aliases in capitals
ORGS = """
# International organizations and UN bodies
- | United Nations | الأمم المتحدة; منظمة الأمم المتحدة; هيئة الأمم المتحدة | UN; U.N.
- | United Nations Security Council; UN Security Council; U.N. Security Council | مجلس الأمن; مجلس الأمن الدولي; مجلس الأمن التابع للأمم المتحدة | UNSC
- | United Nations General Assembly; UN General Assembly; U.N. General Assembly | الجمعية العامة للأمم المتحدة |
- | United Nations Human Rights Council; UN Human Rights Council; Human Rights Council | مجلس حقوق الإنسان; مجلس حقوق الإنسان التابع للأمم المتحدة; مجلس حقوق الإنسان الدولي | UNHRC
- | UNESCO; United Nations Educational, Scientific and Cultural Organization; Unesco | اليونسكو; منظمة اليونسكو; منظمة الأمم المتحدة للتربية والعلم والثقافة |
- | UNICEF; United Nations Children's Fund; Unicef | اليونيسف; اليونيسيف; منظمة اليونيسف; منظمة الأمم المتحدة للطفولة; صندوق الأمم المتحدة للطفولة |
- | UNHCR; United Nations High Commissioner for Refugees; UN Refugee Agency; UN refugee agency; U.N. refugee agency | المفوضية السامية للأمم المتحدة لشؤون اللاجئين; مفوضية الأمم المتحدة لشؤون اللاجئين; المفوضية العليا للاجئين; المفوضية العليا لشؤون اللاجئين; مفوضية اللاجئين |
- | UNRWA; United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees in the Near East; Unrwa | الأونروا; وكالة الأونروا; وكالة غوث وتشغيل اللاجئين الفلسطينيين; وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين |
- | World Health Organization; World Health Organisation | منظمة الصحة العالمية | WHO
- | World Food Programme; World Food Program | برنامج الأغذية العالمي | WFP
- | Food and Agriculture Organization; Food and Agriculture Organization of the United Nations | منظمة الأغذية والزراعة; منظمة الأغذية والزراعة للأمم المتحدة; منظمة الفاو | FAO
- | United Nations Development Programme; UN Development Programme | برنامج الأمم المتحدة الإنمائي | UNDP
- | International Atomic Energy Agency | الوكالة الدولية للطاقة الذرية; وكالة الطاقة الذرية | IAEA
- | Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs; UN Office for the Coordination of Humanitarian Affairs | مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية; مكتب تنسيق الشؤون الإنسانية | OCHA
- | United Nations Interim Force in Lebanon | اليونيفيل; قوات اليونيفيل; قوة الأمم المتحدة المؤقتة في لبنان | UNIFIL
- | International Labour Organization; International Labor Organization | منظمة العمل الدولية | ILO
- | International Monetary Fund | صندوق النقد الدولي | IMF
- | World Bank | البنك الدولي |
- | World Trade Organization; World Trade Organisation | منظمة التجارة العالمية | WTO
- | International Court of Justice | محكمة العدل الدولية | ICJ
- | International Criminal Court | المحكمة الجنائية الدولية | ICC
- | International Committee of the Red Cross; International Red Cross | اللجنة الدولية للصليب الأحمر; الصليب الأحمر الدولي; الصليب الأحمر | ICRC
- | International Federation of Red Cross and Red Crescent Societies | الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر | IFRC
- | Interpol; International Criminal Police Organization | الإنتربول; الانتربول; منظمة الشرطة الجنائية الدولية; الشرطة الدولية | INTERPOL
- | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons | منظمة حظر الأسلحة الكيميائية | OPCW
- | International Energy Agency | وكالة الطاقة الدولية | IEA
- | World Intellectual Property Organization | المنظمة العالمية للملكية الفكرية; الويبو | WIPO
- | International Security Assistance Force | قوة المساعدة الأمنية الدولية; القوة الدولية للمساعدة الأمنية; قوات إيساف; إيساف | ISAF
- | Common Market for Eastern and Southern Africa | السوق المشتركة لدول شرق وجنوب أفريقيا; الكوميسا | COMESA
- | Amnesty International | منظمة العفو الدولية |
- | Human Rights Watch | هيومن رايتس ووتش; منظمة هيومن رايتس ووتش | HRW
- | Doctors Without Borders; Médecins Sans Frontières | أطباء بلا حدود; منظمة أطباء بلا حدود | MSF
- | Reporters Without Borders; Reporters sans frontières | مراسلون بلا حدود; منظمة مراسلون بلا حدود |
- | International Olympic Committee | اللجنة الأولمبية الدولية | IOC
- | Fédération Internationale de Football Association; International Federation of Association Football | الفيفا; فيفا; الاتحاد الدولي لكرة القدم | FIFA
# Regional organizations and groups of states
- | European Union | الاتحاد الأوروبي; الاتحاد الأوربي | EU
- | European Commission | المفوضية الأوروبية; المفوضية الأوربية |
- | European Parliament | البرلمان الأوروبي; البرلمان الأوربي |
- | NATO; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Nato | حلف شمال الأطلسي; حلف الأطلسي; حلف الناتو; الناتو; حلف شمال الأطلنطي |
- | Arab League; League of Arab States | جامعة الدول العربية; الجامعة العربية |
- | Gulf Cooperation Council; Cooperation Council for the Arab States of the Gulf | مجلس التعاون الخليجي; مجلس التعاون لدول الخليج العربية; مجلس التعاون لدول الخليج | GCC
- | OPEC; Organization of the Petroleum Exporting Countries; Opec | أوبك; منظمة أوبك; منظمة الدول المصدرة للنفط; منظمة البلدان المصدرة للبترول |
- | African Union | الاتحاد الأفريقي; الاتحاد الإفريقي | AU
- | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; Organization of the Islamic Conference; Organisation of the Islamic Conference | منظمة التعاون الإسلامي; منظمة المؤتمر الإسلامي | OIC
- | Arab Maghreb Union | اتحاد المغرب العربي |
- | Association of Southeast Asian Nations | رابطة دول جنوب شرق آسيا; رابطة آسيان; آسيان | ASEAN
- | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe | منظمة الأمن والتعاون في أوروبا | OSCE
- | Shanghai Cooperation Organisation; Shanghai Cooperation Organization | منظمة شنغهاي للتعاون; منظمة شانغهاي للتعاون | SCO
- | BRICS | مجموعة بريكس; بريكس |
- | Group of Seven | مجموعة السبع; مجموعة الدول السبع | G7
- | Group of Eight | مجموعة الثماني; مجموعة الدول الثماني | G8
- | Group of Twenty | مجموعة العشرين | G20
- | Middle East Quartet; Quartet on the Middle East | اللجنة الرباعية; اللجنة الرباعية الدولية |
# News agencies and outlets
- | Reuters; Thomson Reuters | رويترز; وكالة رويترز |
- | Agence France-Presse; Agence France Presse; France Presse | وكالة الصحافة الفرنسية; وكالة فرانس برس; فرانس برس; وكالة فرانس برس للأنباء; أ ف ب | AFP
- | Associated Press | أسوشيتد برس; أسوشيتيد برس; وكالة أسوشيتد برس; وكالة أسوشيتيد برس; الأسوشيتد برس | AP
- | Deutsche Presse-Agentur | الوكالة الألمانية للأنباء; د ب أ | DPA
- | Xinhua; Xinhua News Agency | شينخوا; وكالة شينخوا; وكالة أنباء شينخوا; وكالة أنباء الصين الجديدة |
- | TASS | وكالة تاس; وكالة إيتار تاس; إيتار تاس | ITAR-TASS
- | RIA Novosti | ريا نوفوستي; وكالة ريا نوفوستي; نوفوستي |
- | Anadolu Agency | وكالة الأناضول; وكالة الأناضول للأنباء |
- | Islamic Republic News Agency | وكالة الجمهورية الإسلامية للأنباء; وكالة إرنا; إرنا | IRNA
- | Fars News Agency | وكالة فارس; وكالة أنباء فارس |
- | Tasnim News Agency | وكالة تسنيم; وكالة تسنيم للأنباء |
- | Kyodo News; Kyodo | كيودو; وكالة كيودو |
- | Palestinian News and Info Agency; Wafa news agency; WAFA news agency | وكالة وفا; وكالة الأنباء والمعلومات الفلسطينية; وكالة الأنباء الفلسطينية | WAFA
- | Middle East News Agency | وكالة أنباء الشرق الأوسط; أ ش أ | MENA
SA | Saudi Press Agency | وكالة الأنباء السعودية; واس | SPA
AE | Emirates News Agency | وكالة أنباء الإمارات | WAM
QA | Qatar News Agency | وكالة الأنباء القطرية | QNA
KW | Kuwait News Agency | وكالة الأنباء الكويتية; كونا | KUNA
JO | Jordan News Agency | وكالة الأنباء الأردنية; وكالة بترا; وكالة الأنباء الأردنية بترا |
MA | Maghreb Arabe Presse | وكالة المغرب العربي للأنباء |
DZ | Algérie Presse Service; Algerie Presse Service | وكالة الأنباء الجزائرية |
TN | Tunis Afrique Presse | وكالة تونس أفريقيا للأنباء |
IQ | Iraqi News Agency | وكالة الأنباء العراقية |
LB | National News Agency | الوكالة الوطنية للإعلام |
BH | Bahrain News Agency | وكالة أنباء البحرين |
OM | Oman News Agency | وكالة الأنباء العمانية |
YE | Saba News Agency | وكالة الأنباء اليمنية سبأ; وكالة سبأ; وكالة سبأ للأنباء |
SD | Sudan News Agency | وكالة السودان للأنباء | SUNA
SY | Syrian Arab News Agency | سانا; الوكالة العربية السورية للأنباء | SANA
QA | Al Jazeera; Al-Jazeera; Aljazeera; Al Jazeera TV | الجزيرة; قناة الجزيرة; الجزيرة نت; فضائية الجزيرة; قناة الجزيرة الفضائية; شبكة الجزيرة; شبكة الجزيرة الإعلامية; موقع الجزيرة نت |
AE | Al Arabiya; Al-Arabiya; Alarabiya | العربية; قناة العربية; فضائية العربية; قناة العربية الفضائية |
LB | Al-Manar; Al Manar; Al-Manar TV; Al Manar TV | المنار; قناة المنار |
LB | Al Mayadeen TV; Al-Mayadeen TV; Al-Mayadin TV; Al Mayadin TV; Al Mayadeen channel; Al-Mayadeen channel; Al-Mayadin channel | قناة الميادين |
- | Al-Masdar News; Al Masdar News | المصدر نيوز | AMN
- | RT Arabic; Rusiya Al-Yaum | RT عربي; روسيا اليوم |
GB | BBC; British Broadcasting Corporation | بي بي سي; هيئة الإذاعة البريطانية |
GB | BBC Arabic | بي بي سي عربي; بي بي سي العربية |
US | CNN | سي إن إن; سي ان ان; سي أن أن; شبكة سي إن إن |
GB | Sky News | سكاي نيوز; قناة سكاي نيوز |
AE | Sky News Arabia | سكاي نيوز عربية |
FR | France 24 | فرانس 24; قناة فرانس 24 |
US | Alhurra; Al Hurra | قناة الحرة |
IR | Press TV | برس تي في; قناة برس تي في |
IR | Al-Alam; Al-Alam News Network | قناة العالم; قناة العالم الإيرانية |
EG | Al-Ahram; Al Ahram | الأهرام; صحيفة الأهرام; جريدة الأهرام; الأهرام المصرية |
SA | Asharq Al-Awsat; Asharq al-Awsat; Al-Sharq al-Awsat | صحيفة الشرق الأوسط; جريدة الشرق الأوسط; الشرق الأوسط اللندنية |
- | Al-Hayat; Al Hayat | صحيفة الحياة; جريدة الحياة; الحياة اللندنية |
LB | An-Nahar; Annahar | صحيفة النهار; جريدة النهار; النهار اللبنانية |
LB | As-Safir | صحيفة السفير; جريدة السفير; السفير اللبنانية |
GB | Al-Quds Al-Arabi | القدس العربي; صحيفة القدس العربي; جريدة القدس العربي |
US | The New York Times; New York Times | نيويورك تايمز; صحيفة نيويورك تايمز; النيويورك تايمز |
US | The Washington Post; Washington Post | واشنطن بوست; صحيفة واشنطن بوست |
US | The Wall Street Journal; Wall Street Journal | وول ستريت جورنال; صحيفة وول ستريت جورنال |
GB | Financial Times | فايننشال تايمز; فاينانشال تايمز |
GB | The Guardian | الغارديان; غارديان; الجارديان; صحيفة الغارديان |
FR | Le Monde | لوموند; صحيفة لوموند |
IL | Haaretz | هآرتس; صحيفة هآرتس |
IL | Yedioth Ahronoth | يديعوت أحرونوت; يديعوت أحرونوت الإسرائيلية |
IL | The Jerusalem Post; Jerusalem Post | جيروزاليم بوست |
US | Bloomberg News | بلومبرغ; وكالة بلومبرغ |
# Palestine
PS | Hamas; Islamic Resistance Movement | حماس; حركة حماس; حركة المقاومة الإسلامية; حركة المقاومة الإسلامية حماس |
PS | Izz ad-Din al-Qassam Brigades; Izz al-Din al-Qassam Brigades; Ezzedine al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades | كتائب عز الدين القسام; كتائب القسام |
PS | Fatah; Fateh | حركة فتح; حركة التحرير الوطني الفلسطيني |
PS | Al-Aqsa Martyrs' Brigades; Al-Aqsa Martyrs Brigades; al-Aqsa Martyrs' Brigade | كتائب شهداء الأقصى |
PS | Palestinian Islamic Jihad; Islamic Jihad; Islamic Jihad Movement in Palestine | حركة الجهاد الإسلامي; الجهاد الإسلامي; حركة الجهاد الإسلامي في فلسطين | PIJ
PS | Al-Quds Brigades; Saraya al-Quds | سرايا القدس |
PS | Popular Front for the Liberation of Palestine | الجبهة الشعبية لتحرير فلسطين; الجبهة الشعبية | PFLP
PS | Democratic Front for the Liberation of Palestine | الجبهة الديمقراطية لتحرير فلسطين; الجبهة الديمقراطية | DFLP
PS | Palestine Liberation Organization; Palestine Liberation Organisation | منظمة التحرير الفلسطينية; منظمة التحرير | PLO
PS | Palestinian Authority; Palestinian National Authority | السلطة الفلسطينية; السلطة الوطنية الفلسطينية |
PS | Popular Resistance Committees | لجان المقاومة الشعبية |
# Lebanon
LB | Hezbollah; Hizbullah; Hizballah; Hizbollah; Lebanese Hezbollah | حزب الله; حزب الله اللبناني |
LB | Hezbollah War Media; Hezbollah Military Media; Hezbollah media wing; Hezbollah's media wing | الإعلام الحربي المركزي; الإعلام الحربي |
LB | Amal Movement | حركة أمل |
LB | Future Movement | تيار المستقبل |
LB | Free Patriotic Movement | التيار الوطني الحر | FPM
LB | Lebanese Forces party; Lebanese Forces Party | حزب القوات اللبنانية; القوات اللبنانية |
LB | Kataeb Party; Lebanese Kataeb Party; Phalange Party | حزب الكتائب; حزب الكتائب اللبنانية |
LB | Progressive Socialist Party | الحزب التقدمي الاشتراكي | PSP
LB | Lebanese Army; Lebanese Armed Forces | الجيش اللبناني |
LB | March 14 Alliance | قوى 14 آذار |
LB | March 8 Alliance | قوى 8 آذار |
LB | Fatah al-Islam | فتح الإسلام; تنظيم فتح الإسلام |
# Syria
SY | Syrian Arab Army; Syrian Army | الجيش العربي السوري; الجيش السوري | SAA
SY | Free Syrian Army | الجيش السوري الحر; الجيش الحر | FSA
SY | Syrian National Army | الجيش الوطني السوري |
SY | Syrian Democratic Forces | قوات سوريا الديمقراطية; قوات سورية الديمقراطية; قسد | SDF
SY | People's Protection Units; Yekîneyên Parastina Gel | وحدات حماية الشعب; وحدات حماية الشعب الكردية | YPG
SY | Democratic Union Party | حزب الاتحاد الديمقراطي; حزب الاتحاد الديمقراطي الكردي | PYD
SY | al-Nusra Front; Nusra Front; Jabhat al-Nusra; Jabhat Fateh al-Sham | جبهة النصرة; جبهة فتح الشام |
SY | Hay'at Tahrir al-Sham; Hayat Tahrir al-Sham; Tahrir al-Sham | هيئة تحرير الشام | HTS
SY | Ahrar al-Sham | حركة أحرار الشام; أحرار الشام |
SY | Jaysh al-Islam; Jaish al-Islam | جيش الإسلام |
SY | Tiger Forces; Tiger Force | قوات النمر |
SY | Syrian National Coalition; National Coalition for Syrian Revolutionary and Opposition Forces | الائتلاف الوطني السوري; الائتلاف الوطني لقوى الثورة والمعارضة السورية |
SY | White Helmets; Syria Civil Defence | الخوذ البيضاء; الدفاع المدني السوري |
SY | Syrian Social Nationalist Party | الحزب السوري القومي الاجتماعي | SSNP
- | Syrian Observatory for Human Rights | المرصد السوري لحقوق الإنسان; المرصد السوري | SOHR
- | Ba'ath Party; Baath Party; Ba'th Party; Arab Socialist Ba'ath Party | حزب البعث; حزب البعث العربي الاشتراكي |
- | Islamic State; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham; Daesh; Da'esh; Daish | داعش; تنظيم داعش; الدولة الإسلامية; تنظيم الدولة; تنظيم الدولة الإسلامية; الدولة الإسلامية في العراق والشام | ISIS; ISIL; IS
- | US-led coalition; U.S.-led coalition; Global Coalition to Defeat ISIS; Global Coalition Against Daesh; Combined Joint Task Force – Operation Inherent Resolve | التحالف الدولي; التحالف الدولي ضد داعش; التحالف الدولي بقيادة الولايات المتحدة | CJTF-OIR
RU | Russian Armed Forces; Armed Forces of the Russian Federation | القوات المسلحة الروسية; الجيش الروسي |
# Iraq
IQ | Iraqi Army | الجيش العراقي |
IQ | Popular Mobilization Units; Popular Mobilization Forces; Popular Mobilisation Units; Popular Mobilisation Forces; Hashd al-Shaabi; Hashd Al-Sha'abi; al-Hashd al-Shaabi; Al-Hashd Al-Sha'abi | الحشد الشعبي; هيئة الحشد الشعبي; قوات الحشد الشعبي | PMU; PMF
IQ | Badr Organization; Badr Organisation; Badr Brigades; Badr Corps | منظمة بدر; فيلق بدر |
IQ | Asa'ib Ahl al-Haq; Asaib Ahl al-Haq; League of the Righteous | عصائب أهل الحق | AAH
IQ | Kata'ib Hezbollah; Kataib Hezbollah; Kata'ib Hizballah; Hezbollah Brigades | كتائب حزب الله | KH
IQ | Harakat Hezbollah al-Nujaba; Harakat al-Nujaba; al-Nujaba; Nujaba; Nujaba Movement; al-Nujaba Movement | حركة حزب الله النجباء; حركة النجباء; النجباء |
IQ | Kurdistan Democratic Party | الحزب الديمقراطي الكردستاني | KDP
IQ | Patriotic Union of Kurdistan | الاتحاد الوطني الكردستاني | PUK
IQ | Peshmerga; Kurdish Peshmerga; Pêşmerge | البيشمركة; قوات البيشمركة; البشمركة |
IQ | Islamic Dawa Party; Dawa Party | حزب الدعوة; حزب الدعوة الإسلامية |
IQ | Sadrist Movement | التيار الصدري |
IQ | Mahdi Army | جيش المهدي |
IQ | Saraya al-Salam; Peace Companies | سرايا السلام |
IQ | Islamic Supreme Council of Iraq; Supreme Council for the Islamic Revolution in Iraq; Supreme Islamic Iraqi Council | المجلس الأعلى الإسلامي العراقي; المجلس الأعلى للثورة الإسلامية في العراق | ISCI; SCIRI
IQ | Iraqi Islamic Party | الحزب الإسلامي العراقي |
IQ | State of Law Coalition | ائتلاف دولة القانون |
IQ | al-Qaeda in Iraq | تنظيم القاعدة في بلاد الرافدين; القاعدة في بلاد الرافدين; تنظيم القاعدة في العراق | AQI
# al-Qaeda and other jihadist groups
- | al-Qaeda; al-Qaida; Al Qaeda; Al Qaida; al Qaeda | تنظيم القاعدة; القاعدة |
YE | al-Qaeda in the Arabian Peninsula | تنظيم القاعدة في جزيرة العرب; القاعدة في جزيرة العرب | AQAP
- | al-Qaeda in the Islamic Maghreb | تنظيم القاعدة في بلاد المغرب الإسلامي; القاعدة في بلاد المغرب الإسلامي | AQIM
SO | al-Shabaab; Al-Shabab; Harakat al-Shabaab al-Mujahideen | حركة الشباب; حركة الشباب المجاهدين; حركة الشباب الصومالية |
NG | Boko Haram | بوكو حرام; جماعة بوكو حرام |
AF | Taliban; Taleban | طالبان; حركة طالبان |
EG | Ansar Bait al-Maqdis; Ansar Beit al-Maqdis | أنصار بيت المقدس; جماعة أنصار بيت المقدس |
# Yemen
YE | Houthis; Houthi movement; Ansar Allah; Ansarallah | الحوثيون; الحوثيين; جماعة الحوثي; جماعة الحوثيين; أنصار الله; جماعة أنصار الله; حركة أنصار الله |
YE | General People's Congress | المؤتمر الشعبي العام; حزب المؤتمر الشعبي العام | GPC
YE | Al-Islah party; Islah party; Yemeni Congregation for Reform | التجمع اليمني للإصلاح; حزب الإصلاح |
YE | Southern Transitional Council | المجلس الانتقالي الجنوبي | STC
- | Saudi-led coalition | التحالف بقيادة السعودية; التحالف العربي بقيادة السعودية; تحالف دعم الشرعية |
# Egypt, North Africa, Sudan, Jordan, the Gulf
- | Muslim Brotherhood; Society of the Muslim Brothers | جماعة الإخوان المسلمين; الإخوان المسلمون; الإخوان المسلمين; جماعة الإخوان |
EG | Freedom and Justice Party | حزب الحرية والعدالة |
EG | National Democratic Party | الحزب الوطني الديمقراطي |
EG | Wafd Party; New Wafd Party | حزب الوفد; حزب الوفد الجديد |
EG | Al-Nour Party; Nour Party | حزب النور |
EG | Kefaya | حركة كفاية |
EG | Egyptian Armed Forces; Egyptian Army | القوات المسلحة المصرية; الجيش المصري |
EG | Al-Gama'a al-Islamiyya; Gamaa Islamiya | الجماعة الإسلامية |
EG | Supreme Council of the Armed Forces | المجلس الأعلى للقوات المسلحة | SCAF
TN | Ennahda; Ennahdha; Ennahda Movement | حركة النهضة |
TN | Nidaa Tounes | نداء تونس; حركة نداء تونس |
TN | Tunisian General Labour Union | الاتحاد العام التونسي للشغل | UGTT
MA | Justice and Development Party (Morocco) | حزب العدالة والتنمية المغربي | PJD
MA | Istiqlal Party | حزب الاستقلال |
- | Polisario Front; Polisario | جبهة البوليساريو; البوليساريو |
DZ | National Liberation Front (Algeria) | جبهة التحرير الوطني; جبهة التحرير الوطني الجزائرية | FLN
DZ | Islamic Salvation Front | الجبهة الإسلامية للإنقاذ | FIS
LY | Libyan National Army | الجيش الوطني الليبي | LNA
LY | Government of National Accord | حكومة الوفاق الوطني; حكومة الوفاق | GNA
LY | National Transitional Council | المجلس الوطني الانتقالي | NTC
SD | Rapid Support Forces | قوات الدعم السريع | RSF
SD | Sudanese Armed Forces; Sudanese Army | القوات المسلحة السودانية; الجيش السوداني | SAF
SD | National Congress Party | حزب المؤتمر الوطني |
SD | Sudan People's Liberation Movement | الحركة الشعبية لتحرير السودان | SPLM
SD | Justice and Equality Movement | حركة العدل والمساواة | JEM
SD | Janjaweed | الجنجويد; ميليشيات الجنجويد |
JO | Islamic Action Front | جبهة العمل الإسلامي |
BH | Al-Wefaq; Al-Wefaq National Islamic Society | جمعية الوفاق; جمعية الوفاق الوطني الإسلامية |
SA | Saudi Aramco; Aramco | أرامكو; أرامكو السعودية; شركة أرامكو |
# Iran
IR | Islamic Revolutionary Guard Corps; Revolutionary Guards; Iranian Revolutionary Guards; Revolutionary Guard; Iranian Revolutionary Guard Corps | الحرس الثوري; الحرس الثوري الإيراني; حرس الثورة الإسلامية | IRGC
IR | Quds Force | فيلق القدس |
IR | Basij | الباسيج; قوات الباسيج; قوات التعبئة الشعبية |
IR | People's Mujahedin of Iran; Mujahedin-e Khalq; People's Mojahedin Organization of Iran | منظمة مجاهدي خلق; مجاهدي خلق; مجاهدو خلق | MEK; MKO
# Turkey
TR | Justice and Development Party; AK Party | حزب العدالة والتنمية; حزب العدالة والتنمية التركي | AKP
TR | Republican People's Party | حزب الشعب الجمهوري | CHP
TR | Nationalist Movement Party | حزب الحركة القومية | MHP
TR | Peoples' Democratic Party; People's Democratic Party | حزب الشعوب الديمقراطي | HDP
TR | Kurdistan Workers' Party; Kurdistan Workers Party | حزب العمال الكردستاني | PKK
TR | Turkish Armed Forces; Turkish Army | القوات المسلحة التركية; الجيش التركي |
# Israel
IL | Likud | الليكود; حزب الليكود |
IL | Israeli Labor Party; Labor Party (Israel) | حزب العمل الإسرائيلي; حزب العمل |
IL | Kadima | كاديما; حزب كاديما |
IL | Yesh Atid | يش عتيد; حزب يش عتيد |
IL | Shas party | شاس; حزب شاس |
IL | Yisrael Beiteinu; Yisrael Beytenu | إسرائيل بيتنا; يسرائيل بيتينو; حزب إسرائيل بيتنا |
IL | Israel Defense Forces; Israeli Defense Forces; Israeli army; Israeli military | الجيش الإسرائيلي; جيش الدفاع الإسرائيلي; جيش الاحتلال; جيش الاحتلال الإسرائيلي; قوات الاحتلال الإسرائيلي | IDF
IL | Mossad | الموساد; جهاز الموساد |
IL | Shin Bet; Shabak | الشاباك; جهاز الشاباك; جهاز الأمن العام الإسرائيلي |
IL | Knesset | الكنيست; الكنيست الإسرائيلي |
# Governments and institutions named on their own
US | White House | البيت الأبيض |
US | Pentagon; United States Department of Defense; US Department of Defense | البنتاغون; البنتاجون; وزارة الدفاع الأمريكية; وزارة الدفاع الأميركية |
US | United States Department of State; State Department; US State Department; U.S. State Department | وزارة الخارجية الأمريكية; وزارة الخارجية الأميركية; الخارجية الأمريكية; الخارجية الأميركية |
US | United States Congress; US Congress; U.S. Congress | الكونغرس; الكونجرس; الكونغرس الأمريكي; الكونغرس الأميركي |
US | Central Intelligence Agency | وكالة المخابرات المركزية الأمريكية; وكالة المخابرات المركزية الأميركية; وكالة المخابرات المركزية; سي آي إيه | CIA
US | Federal Bureau of Investigation | مكتب التحقيقات الفيدرالي; مكتب التحقيقات الفدرالي; إف بي آي | FBI
US | United States Armed Forces; US military; U.S. military; US Army; U.S. Army | القوات الأمريكية; القوات الأميركية; الجيش الأمريكي; الجيش الأميركي |
US | Democratic Party (United States); US Democratic Party | الحزب الديمقراطي الأمريكي; الحزب الديمقراطي الأميركي |
US | Republican Party (United States); US Republican Party; GOP | الحزب الجمهوري; الحزب الجمهوري الأمريكي; الحزب الجمهوري الأميركي |
RU | Kremlin | الكرملين |
FR | Élysée Palace; Elysee Palace; Élysée | قصر الإليزيه; الإليزيه |
GB | Labour Party (UK); British Labour Party | حزب العمال البريطاني |
GB | Conservative Party (UK); British Conservative Party; Tories | حزب المحافظين البريطاني; حزب المحافظين |
# More UN bodies and agencies
- | United Nations Environment Programme; UN Environment Programme | برنامج الأمم المتحدة للبيئة | UNEP
- | United Nations Population Fund | صندوق الأمم المتحدة للسكان | UNFPA
- | UN Women; United Nations Entity for Gender Equality and the Empowerment of Women | هيئة الأمم المتحدة للمرأة |
- | United Nations Conference on Trade and Development | مؤتمر الأمم المتحدة للتجارة والتنمية; الأونكتاد | UNCTAD
- | United Nations Industrial Development Organization | منظمة الأمم المتحدة للتنمية الصناعية; اليونيدو | UNIDO
- | International Fund for Agricultural Development | الصندوق الدولي للتنمية الزراعية | IFAD
- | International Telecommunication Union | الاتحاد الدولي للاتصالات | ITU
- | Universal Postal Union | الاتحاد البريدي العالمي | UPU
- | World Meteorological Organization | المنظمة العالمية للأرصاد الجوية; المنظمة الدولية للأرصاد الجوية | WMO
- | International Civil Aviation Organization | منظمة الطيران المدني الدولي; المنظمة الدولية للطيران المدني | ICAO
- | International Maritime Organization | المنظمة البحرية الدولية | IMO
- | World Tourism Organization; UN Tourism | منظمة السياحة العالمية | UNWTO
- | Joint United Nations Programme on HIV/AIDS | برنامج الأمم المتحدة المشترك لمكافحة الإيدز; برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية | UNAIDS
- | Office of the United Nations High Commissioner for Human Rights; UN Human Rights Office | المفوضية السامية لحقوق الإنسان; مفوضية الأمم المتحدة لحقوق الإنسان; المفوضية السامية للأمم المتحدة لحقوق الإنسان | OHCHR
- | United Nations Office on Drugs and Crime | مكتب الأمم المتحدة المعني بالمخدرات والجريمة | UNODC
- | United Nations Economic and Social Commission for Western Asia; Economic and Social Commission for Western Asia | اللجنة الاقتصادية والاجتماعية لغربي آسيا; الإسكوا; لجنة الإسكوا | ESCWA
- | United Nations Economic and Social Council | المجلس الاقتصادي والاجتماعي التابع للأمم المتحدة; المجلس الاقتصادي والاجتماعي للأمم المتحدة | ECOSOC
- | United Nations Secretariat | الأمانة العامة للأمم المتحدة |
- | United Nations Truce Supervision Organization | هيئة الأمم المتحدة لمراقبة الهدنة | UNTSO
- | United Nations Disengagement Observer Force | قوة الأمم المتحدة لمراقبة فض الاشتباك | UNDOF
- | United Nations Assistance Mission in Iraq | بعثة الأمم المتحدة لمساعدة العراق | UNAMI
- | United Nations Support Mission in Libya | بعثة الأمم المتحدة للدعم في ليبيا | UNSMIL
- | United Nations Assistance Mission in Afghanistan | بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان | UNAMA
- | United Nations Mission in South Sudan | بعثة الأمم المتحدة في جنوب السودان | UNMISS
- | African Union – United Nations Hybrid Operation in Darfur | العملية المختلطة للاتحاد الأفريقي والأمم المتحدة في دارفور; البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة في دارفور | UNAMID
- | International Organization for Migration | المنظمة الدولية للهجرة | IOM
- | Comprehensive Nuclear-Test-Ban Treaty Organization | منظمة معاهدة الحظر الشامل للتجارب النووية | CTBTO
- | Intergovernmental Panel on Climate Change | الهيئة الحكومية الدولية المعنية بتغير المناخ | IPCC
- | International Criminal Tribunal for the former Yugoslavia | المحكمة الجنائية الدولية ليوغوسلافيا السابقة | ICTY
- | Special Tribunal for Lebanon | المحكمة الخاصة بلبنان; المحكمة الدولية الخاصة بلبنان | STL
- | Permanent Court of Arbitration | محكمة التحكيم الدائمة |
# Finance and development bodies, central banks
- | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development | منظمة التعاون الاقتصادي والتنمية | OECD
- | Paris Club | نادي باريس |
- | World Economic Forum | المنتدى الاقتصادي العالمي; منتدى دافوس; منتدى دافوس الاقتصادي | WEF
- | European Bank for Reconstruction and Development | البنك الأوروبي لإعادة الإعمار والتنمية; البنك الأوروبي للإنشاء والتعمير | EBRD
- | European Investment Bank | بنك الاستثمار الأوروبي | EIB
- | Asian Development Bank | بنك التنمية الآسيوي | ADB
- | Asian Infrastructure Investment Bank | البنك الآسيوي للاستثمار في البنية التحتية | AIIB
- | African Development Bank | بنك التنمية الأفريقي; البنك الأفريقي للتنمية |
- | Islamic Development Bank | البنك الإسلامي للتنمية |
- | Arab Monetary Fund | صندوق النقد العربي |
- | Arab Fund for Economic and Social Development | الصندوق العربي للإنماء الاقتصادي والاجتماعي |
- | OPEC Fund for International Development; OPEC Fund | صندوق أوبك للتنمية الدولية |
- | New Development Bank; BRICS Bank | بنك التنمية الجديد; بنك بريكس |
- | Bank for International Settlements | بنك التسويات الدولية | BIS
KW | Kuwait Fund for Arab Economic Development; Kuwait Fund | الصندوق الكويتي للتنمية الاقتصادية العربية; الصندوق الكويتي للتنمية |
SA | Saudi Fund for Development | الصندوق السعودي للتنمية |
AE | Abu Dhabi Fund for Development | صندوق أبوظبي للتنمية; صندوق أبو ظبي للتنمية |
- | Organization of Arab Petroleum Exporting Countries | منظمة الأقطار العربية المصدرة للبترول; أوابك; منظمة أوابك | OAPEC
- | Gas Exporting Countries Forum | منتدى الدول المصدرة للغاز | GECF
- | International Renewable Energy Agency | الوكالة الدولية للطاقة المتجددة; إيرينا | IRENA
US | Federal Reserve; Federal Reserve System; US Federal Reserve; U.S. Federal Reserve | الاحتياطي الفيدرالي; الاحتياطي الفدرالي; مجلس الاحتياطي الفيدرالي; مجلس الاحتياطي الفدرالي; البنك المركزي الأمريكي; البنك المركزي الأميركي; الاحتياطي الفيدرالي الأمريكي; الاحتياطي الفيدرالي الأميركي |
- | European Central Bank | البنك المركزي الأوروبي; المصرف المركزي الأوروبي | ECB
GB | Bank of England | بنك إنجلترا; بنك إنكلترا; بنك انجلترا المركزي; بنك إنجلترا المركزي |
JP | Bank of Japan | بنك اليابان; بنك اليابان المركزي | BOJ
CN | People's Bank of China | بنك الشعب الصيني; البنك المركزي الصيني | PBOC
CH | Swiss National Bank | البنك الوطني السويسري; البنك المركزي السويسري |
RU | Central Bank of Russia; Bank of Russia | البنك المركزي الروسي |
TR | Central Bank of the Republic of Turkey; Turkish Central Bank | البنك المركزي التركي |
QA | Qatar Central Bank | مصرف قطر المركزي |
EG | Central Bank of Egypt | البنك المركزي المصري |
SA | Saudi Central Bank; Saudi Arabian Monetary Authority; Saudi Arabian Monetary Agency | مؤسسة النقد العربي السعودي; البنك المركزي السعودي | SAMA
AE | Central Bank of the UAE; Central Bank of the United Arab Emirates; UAE Central Bank | مصرف الإمارات العربية المتحدة المركزي; المصرف المركزي الإماراتي; مصرف الإمارات المركزي |
KW | Central Bank of Kuwait | بنك الكويت المركزي |
JO | Central Bank of Jordan | البنك المركزي الأردني |
LB | Banque du Liban; Central Bank of Lebanon | مصرف لبنان; مصرف لبنان المركزي |
IQ | Central Bank of Iraq | البنك المركزي العراقي |
IR | Central Bank of Iran | البنك المركزي الإيراني |
SY | Central Bank of Syria | مصرف سورية المركزي; مصرف سوريا المركزي |
MA | Bank Al-Maghrib | بنك المغرب |
DZ | Bank of Algeria | بنك الجزائر |
TN | Central Bank of Tunisia | البنك المركزي التونسي |
OM | Central Bank of Oman | البنك المركزي العماني |
BH | Central Bank of Bahrain | مصرف البحرين المركزي |
LY | Central Bank of Libya | مصرف ليبيا المركزي |
SD | Central Bank of Sudan | بنك السودان المركزي |
YE | Central Bank of Yemen | البنك المركزي اليمني |
# Regional bodies and groups
- | Council of Europe | مجلس أوروبا |
- | European Council | المجلس الأوروبي; المجلس الأوربي |
- | Council of the European Union | مجلس الاتحاد الأوروبي |
- | European Court of Human Rights | المحكمة الأوروبية لحقوق الإنسان | ECHR
- | Court of Justice of the European Union; European Court of Justice | محكمة العدل الأوروبية | ECJ
- | Europol | الشرطة الأوروبية; يوروبول |
- | Frontex | فرونتكس; الوكالة الأوروبية لحرس الحدود والسواحل |
- | European Space Agency | وكالة الفضاء الأوروبية | ESA
- | Union for the Mediterranean | الاتحاد من أجل المتوسط |
- | Commonwealth of Nations; the Commonwealth | الكومنولث; رابطة الكومنولث; دول الكومنولث |
- | Organisation internationale de la Francophonie; International Organisation of La Francophonie | المنظمة الدولية للفرنكوفونية; منظمة الفرنكوفونية |
- | Non-Aligned Movement | حركة عدم الانحياز; دول عدم الانحياز |
- | Group of 77 | مجموعة الـ77; مجموعة السبع والسبعين | G77
- | Economic Community of West African States | المجموعة الاقتصادية لدول غرب أفريقيا; المجموعة الاقتصادية لدول غرب إفريقيا; إيكواس | ECOWAS
- | Southern African Development Community | مجموعة التنمية لأفريقيا الجنوبية; الجماعة الإنمائية للجنوب الأفريقي | SADC
- | Intergovernmental Authority on Development | الهيئة الحكومية للتنمية; منظمة إيغاد | IGAD
- | Organization of American States | منظمة الدول الأمريكية; منظمة الدول الأميركية | OAS
- | Asia-Pacific Economic Cooperation | منتدى التعاون الاقتصادي لدول آسيا والمحيط الهادئ; منتدى آبيك | APEC
- | Mercosur; Mercosul | ميركوسور; السوق المشتركة لأمريكا الجنوبية |
- | Commonwealth of Independent States | رابطة الدول المستقلة | CIS
- | Collective Security Treaty Organization | منظمة معاهدة الأمن الجماعي | CSTO
- | Eurasian Economic Union | الاتحاد الاقتصادي الأوراسي |
- | Arab Parliament | البرلمان العربي |
- | Arab Inter-Parliamentary Union | الاتحاد البرلماني العربي |
- | Inter-Parliamentary Union | الاتحاد البرلماني الدولي | IPU
- | Arab League Educational, Cultural and Scientific Organization | المنظمة العربية للتربية والثقافة والعلوم; الألكسو; منظمة الألكسو | ALECSO
- | Islamic World Educational, Scientific and Cultural Organization; Islamic Educational, Scientific and Cultural Organization | المنظمة الإسلامية للتربية والعلوم والثقافة; الإيسيسكو; منظمة الإيسيسكو | ISESCO
- | Arab Organization for Industrialization | الهيئة العربية للتصنيع |
- | Council of Arab Economic Unity | مجلس الوحدة الاقتصادية العربية |
- | Arab Labour Organization | منظمة العمل العربية |
- | Arab Organization for Human Rights | المنظمة العربية لحقوق الإنسان |
- | Arab Lawyers Union | اتحاد المحامين العرب |
- | Federation of Arab Journalists | اتحاد الصحفيين العرب |
- | Gulf Organization for Industrial Consulting | منظمة الخليج للاستشارات الصناعية |
- | Peninsula Shield Force | قوات درع الجزيرة; قوة درع الجزيرة |
# NGOs, charities, human-rights and press-freedom groups
- | Oxfam; Oxfam International | أوكسفام; منظمة أوكسفام; منظمة أوكسفام الدولية |
- | Save the Children | منظمة إنقاذ الطفولة; منظمة أنقذوا الأطفال; منظمة سيف ذي تشيلدرن |
- | Greenpeace | غرينبيس; جرينبيس; منظمة السلام الأخضر; منظمة غرينبيس |
- | World Wide Fund for Nature; World Wildlife Fund | الصندوق العالمي للطبيعة; الصندوق العالمي لصون الطبيعة | WWF
- | Transparency International | منظمة الشفافية الدولية |
- | International Crisis Group; Crisis Group | مجموعة الأزمات الدولية; المجموعة الدولية للأزمات |
- | Norwegian Refugee Council | المجلس النرويجي للاجئين |
- | International Rescue Committee | لجنة الإنقاذ الدولية |
- | Islamic Relief; Islamic Relief Worldwide | الإغاثة الإسلامية; منظمة الإغاثة الإسلامية; الإغاثة الإسلامية عبر العالم |
- | Committee to Protect Journalists | لجنة حماية الصحفيين; لجنة حماية الصحافيين | CPJ
- | International Federation of Journalists | الاتحاد الدولي للصحفيين; الاتحاد الدولي للصحافيين | IFJ
- | International Press Institute | المعهد الدولي للصحافة | IPI
- | Human Rights First | منظمة هيومن رايتس فيرست |
- | Euro-Mediterranean Human Rights Monitor; Euro-Med Monitor | المرصد الأورومتوسطي لحقوق الإنسان; المرصد الأورومتوسطي |
- | International Federation for Human Rights | الفدرالية الدولية لحقوق الإنسان; الفيدرالية الدولية لحقوق الإنسان; الاتحاد الدولي لحقوق الإنسان | FIDH
- | Physicians for Human Rights | منظمة أطباء من أجل حقوق الإنسان; أطباء من أجل حقوق الإنسان |
- | Norwegian Nobel Committee; Nobel Committee | لجنة نوبل; لجنة نوبل النرويجية; لجنة جائزة نوبل |
- | Nobel Foundation | مؤسسة نوبل |
- | Bill & Melinda Gates Foundation; Gates Foundation | مؤسسة بيل وميليندا غيتس; مؤسسة بيل وميلندا غيتس; مؤسسة غيتس |
- | Open Society Foundations | مؤسسات المجتمع المفتوح |
- | Wikimedia Foundation | مؤسسة ويكيميديا |
- | Muslim World League | رابطة العالم الإسلامي |
- | International Union of Muslim Scholars | الاتحاد العالمي لعلماء المسلمين | IUMS
- | World Council of Churches | مجلس الكنائس العالمي |
- | Middle East Council of Churches | مجلس كنائس الشرق الأوسط |
- | Catholic Church; Roman Catholic Church | الكنيسة الكاثوليكية; الكنيسة الكاثوليكية الرومانية |
EG | Coptic Orthodox Church; Coptic Orthodox Church of Alexandria | الكنيسة القبطية الأرثوذكسية; الكنيسة القبطية; الكنيسة المصرية |
RU | Russian Orthodox Church | الكنيسة الأرثوذكسية الروسية; الكنيسة الروسية |
GB | Church of England | كنيسة إنجلترا; الكنيسة الأنجليكانية; كنيسة انكلترا |
EG | Dar al-Ifta al-Misriyyah; Egyptian Dar al-Ifta | دار الإفتاء المصرية |
EG | Al-Azhar; Al-Azhar al-Sharif | الأزهر; الأزهر الشريف; مشيخة الأزهر |
SA | Council of Senior Scholars | هيئة كبار العلماء; هيئة كبار العلماء السعودية |
SA | Committee for the Promotion of Virtue and the Prevention of Vice; Mutawa | هيئة الأمر بالمعروف والنهي عن المنكر |
IQ | Association of Muslim Scholars in Iraq; Association of Muslim Scholars | هيئة علماء المسلمين في العراق; هيئة علماء المسلمين |
- | Tablighi Jamaat | جماعة التبليغ; جماعة التبليغ والدعوة |
- | Hizb ut-Tahrir | حزب التحرير; حزب التحرير الإسلامي |
# Red Cross and Red Crescent societies
QA | Qatar Red Crescent; Qatar Red Crescent Society | الهلال الأحمر القطري; جمعية الهلال الأحمر القطري |
EG | Egyptian Red Crescent | الهلال الأحمر المصري; جمعية الهلال الأحمر المصري |
SA | Saudi Red Crescent Authority; Saudi Red Crescent | هيئة الهلال الأحمر السعودي; الهلال الأحمر السعودي |
AE | Emirates Red Crescent; UAE Red Crescent | الهلال الأحمر الإماراتي; هيئة الهلال الأحمر الإماراتي; هيئة الهلال الأحمر لدولة الإمارات |
KW | Kuwait Red Crescent Society; Kuwaiti Red Crescent | الهلال الأحمر الكويتي; جمعية الهلال الأحمر الكويتي |
PS | Palestine Red Crescent Society; Palestinian Red Crescent | الهلال الأحمر الفلسطيني; جمعية الهلال الأحمر الفلسطيني | PRCS
SY | Syrian Arab Red Crescent; Syrian Red Crescent | الهلال الأحمر العربي السوري; الهلال الأحمر السوري | SARC
IQ | Iraqi Red Crescent Society; Iraqi Red Crescent | الهلال الأحمر العراقي; جمعية الهلال الأحمر العراقي |
TR | Turkish Red Crescent; Kızılay | الهلال الأحمر التركي |
IR | Iranian Red Crescent Society; Iranian Red Crescent | الهلال الأحمر الإيراني; جمعية الهلال الأحمر الإيراني |
JO | Jordan Red Crescent | الهلال الأحمر الأردني |
LY | Libyan Red Crescent | الهلال الأحمر الليبي |
YE | Yemen Red Crescent Society; Yemeni Red Crescent | الهلال الأحمر اليمني |
SD | Sudanese Red Crescent | الهلال الأحمر السوداني |
BH | Bahrain Red Crescent Society | جمعية الهلال الأحمر البحريني; الهلال الأحمر البحريني |
LB | Lebanese Red Cross | الصليب الأحمر اللبناني |
US | American Red Cross | الصليب الأحمر الأمريكي; الصليب الأحمر الأميركي |
IL | Magen David Adom | نجمة داود الحمراء; نجمة داوود الحمراء |
QA | Qatar Charity | قطر الخيرية; جمعية قطر الخيرية |
QA | Qatar Foundation | مؤسسة قطر; مؤسسة قطر للتربية والعلوم وتنمية المجتمع |
# Think tanks and research centres
US | Brookings Institution | معهد بروكينغز; مؤسسة بروكينغز; معهد بروكينجز |
US | Carnegie Endowment for International Peace; Carnegie Endowment | مؤسسة كارنيغي للسلام الدولي; مؤسسة كارنيغي; مركز كارنيغي للشرق الأوسط |
US | RAND Corporation | مؤسسة راند |
US | Council on Foreign Relations | مجلس العلاقات الخارجية الأمريكي; مجلس العلاقات الخارجية الأميركي |
US | Washington Institute for Near East Policy; Washington Institute | معهد واشنطن لسياسة الشرق الأدنى; معهد واشنطن للشرق الأدنى |
US | Center for Strategic and International Studies | مركز الدراسات الاستراتيجية والدولية |
US | Middle East Institute | معهد الشرق الأوسط |
US | Atlantic Council | المجلس الأطلسي |
US | Heritage Foundation | مؤسسة هيريتيج |
US | Pew Research Center | مركز بيو للأبحاث; مركز بيو |
US | Gallup, Inc.; Gallup poll | مؤسسة غالوب; معهد غالوب |
GB | Chatham House; Royal Institute of International Affairs | تشاتام هاوس; المعهد الملكي للشؤون الدولية |
GB | International Institute for Strategic Studies | المعهد الدولي للدراسات الاستراتيجية | IISS
SE | Stockholm International Peace Research Institute | معهد ستوكهولم الدولي لأبحاث السلام | SIPRI
QA | Arab Center for Research and Policy Studies | المركز العربي للأبحاث ودراسة السياسات |
QA | Al Jazeera Centre for Studies | مركز الجزيرة للدراسات |
EG | Al-Ahram Center for Political and Strategic Studies | مركز الأهرام للدراسات السياسية والاستراتيجية |
LB | Centre for Arab Unity Studies | مركز دراسات الوحدة العربية |
AE | Emirates Center for Strategic Studies and Research | مركز الإمارات للدراسات والبحوث الاستراتيجية |
# Sports bodies (no clubs)
- | Union of European Football Associations | الاتحاد الأوروبي لكرة القدم; الاتحاد الأوروبي للعبة; اليويفا; يويفا | UEFA
- | Asian Football Confederation | الاتحاد الآسيوي لكرة القدم; الاتحاد الآسيوي للعبة | AFC
- | Confederation of African Football | الاتحاد الأفريقي لكرة القدم; الاتحاد الإفريقي لكرة القدم | CAF
- | South American Football Confederation | اتحاد أمريكا الجنوبية لكرة القدم; الكونميبول | CONMEBOL
- | Confederation of North, Central America and Caribbean Association Football | اتحاد أمريكا الشمالية والوسطى والكاريبي لكرة القدم; الكونكاكاف | CONCACAF
- | Union of Arab Football Associations | الاتحاد العربي لكرة القدم | UAFA
- | West Asian Football Federation | اتحاد غرب آسيا لكرة القدم | WAFF
- | Olympic Council of Asia | المجلس الأولمبي الآسيوي |
- | Association of National Olympic Committees | رابطة اللجان الأولمبية الوطنية | ANOC
- | International Paralympic Committee | اللجنة البارالمبية الدولية |
- | World Anti-Doping Agency | الوكالة العالمية لمكافحة المنشطات | WADA
- | Court of Arbitration for Sport | محكمة التحكيم الرياضي; محكمة التحكيم الرياضية |
- | International Basketball Federation | الاتحاد الدولي لكرة السلة | FIBA
- | International Volleyball Federation; Fédération Internationale de Volleyball | الاتحاد الدولي للكرة الطائرة | FIVB
- | International Handball Federation | الاتحاد الدولي لكرة اليد | IHF
- | World Athletics; International Association of Athletics Federations | الاتحاد الدولي لألعاب القوى | IAAF
- | World Aquatics | الاتحاد الدولي للسباحة | FINA
- | International Tennis Federation | الاتحاد الدولي للتنس | ITF
- | Fédération Internationale de l'Automobile | الاتحاد الدولي للسيارات | FIA
- | Association of Tennis Professionals | رابطة محترفي التنس | ATP
- | Women's Tennis Association | رابطة محترفات التنس | WTA
- | International Boxing Association | الاتحاد الدولي للملاكمة |
- | United World Wrestling; International Wrestling Federation | الاتحاد الدولي للمصارعة |
- | International Judo Federation | الاتحاد الدولي للجودو | IJF
- | International Weightlifting Federation | الاتحاد الدولي لرفع الأثقال | IWF
- | Asian Handball Federation | الاتحاد الآسيوي لكرة اليد |
US | National Basketball Association | الدوري الأمريكي للمحترفين لكرة السلة; رابطة دوري كرة السلة الأمريكي للمحترفين | NBA
GB | The Football Association; English Football Association | الاتحاد الإنجليزي لكرة القدم; الاتحاد الإنكليزي لكرة القدم |
EG | Egyptian Football Association | الاتحاد المصري لكرة القدم |
SA | Saudi Arabian Football Federation | الاتحاد السعودي لكرة القدم |
QA | Qatar Football Association | الاتحاد القطري لكرة القدم |
AE | UAE Football Association | الاتحاد الإماراتي لكرة القدم; اتحاد الإمارات لكرة القدم |
KW | Kuwait Football Association | الاتحاد الكويتي لكرة القدم |
JO | Jordan Football Association | الاتحاد الأردني لكرة القدم |
IQ | Iraq Football Association | الاتحاد العراقي لكرة القدم; الاتحاد العراقي المركزي لكرة القدم |
SY | Syrian Football Association | الاتحاد السوري لكرة القدم |
LB | Lebanese Football Association | الاتحاد اللبناني لكرة القدم |
BH | Bahrain Football Association | الاتحاد البحريني لكرة القدم |
OM | Oman Football Association | الاتحاد العماني لكرة القدم |
MA | Royal Moroccan Football Federation | الجامعة الملكية المغربية لكرة القدم |
DZ | Algerian Football Federation | الاتحاد الجزائري لكرة القدم |
TN | Tunisian Football Federation | الجامعة التونسية لكرة القدم; الاتحاد التونسي لكرة القدم |
LY | Libyan Football Federation | الاتحاد الليبي لكرة القدم |
SD | Sudan Football Association | الاتحاد السوداني لكرة القدم |
PS | Palestinian Football Association | الاتحاد الفلسطيني لكرة القدم |
YE | Yemen Football Association | الاتحاد اليمني لكرة القدم |
IR | Football Federation Islamic Republic of Iran; Iranian Football Federation | الاتحاد الإيراني لكرة القدم |
QA | Qatar Olympic Committee | اللجنة الأولمبية القطرية |
EG | Egyptian Olympic Committee | اللجنة الأولمبية المصرية |
SA | Saudi Olympic Committee; Saudi Arabian Olympic Committee | اللجنة الأولمبية السعودية; اللجنة الأولمبية العربية السعودية |
AE | UAE National Olympic Committee | اللجنة الأولمبية الوطنية الإماراتية; اللجنة الأولمبية الإماراتية |
KW | Kuwait Olympic Committee | اللجنة الأولمبية الكويتية |
JO | Jordan Olympic Committee | اللجنة الأولمبية الأردنية |
IQ | National Olympic Committee of Iraq; Iraqi Olympic Committee | اللجنة الأولمبية العراقية; اللجنة الأولمبية الوطنية العراقية |
QA | Qatar national football team | المنتخب القطري; المنتخب القطري لكرة القدم; منتخب قطر لكرة القدم; العنابي; العنابي القطري |
JO | Jordan national football team | المنتخب الأردني; المنتخب الأردني لكرة القدم; منتخب النشامى; النشامى |
IQ | Iraq national football team | المنتخب العراقي; المنتخب العراقي لكرة القدم; أسود الرافدين |
TN | Tunisia national football team | المنتخب التونسي; المنتخب التونسي لكرة القدم; نسور قرطاج |
MA | Morocco national football team | المنتخب المغربي; المنتخب المغربي لكرة القدم; أسود الأطلس |
DZ | Algeria national football team | المنتخب الجزائري; المنتخب الجزائري لكرة القدم; محاربو الصحراء; محاربي الصحراء; الخضر الجزائري |
EG | Egypt national football team | المنتخب المصري; المنتخب المصري لكرة القدم; منتخب الفراعنة |
SA | Saudi Arabia national football team | المنتخب السعودي; المنتخب السعودي لكرة القدم; الأخضر السعودي |
AE | United Arab Emirates national football team | المنتخب الإماراتي; المنتخب الإماراتي لكرة القدم; الأبيض الإماراتي |
KW | Kuwait national football team | المنتخب الكويتي; المنتخب الكويتي لكرة القدم; الأزرق الكويتي |
BH | Bahrain national football team | المنتخب البحريني; المنتخب البحريني لكرة القدم |
OM | Oman national football team | المنتخب العماني; المنتخب العماني لكرة القدم |
SY | Syria national football team | المنتخب السوري; المنتخب السوري لكرة القدم; نسور قاسيون |
LB | Lebanon national football team | المنتخب اللبناني; المنتخب اللبناني لكرة القدم |
# Companies: technology and telecoms
US | Microsoft; Microsoft Corporation; Microsoft Corp. | مايكروسوفت; ميكروسوفت; مايكروسفت; ميكروسفت; شركة مايكروسوفت; شركة ميكروسوفت |
US | Google; Google LLC | غوغل; جوجل; قوقل; غوغول; شركة غوغل; شركة جوجل |
US | Alphabet Inc. | ألفابت; شركة ألفابت |
US | Apple Inc.; Apple Computer | شركة أبل; شركة آبل; أبل كمبيوتر |
US | Amazon.com; Amazon.com Inc.; Amazon Inc. | شركة أمازون; أمازون دوت كوم |
US | Facebook; Facebook Inc. | فيسبوك; فيس بوك; شركة فيسبوك; شركة فيس بوك |
US | Meta Platforms | شركة ميتا; ميتا بلاتفورمز |
US | Twitter; Twitter Inc. | تويتر; شركة تويتر |
US | YouTube | يوتيوب; يو تيوب |
US | Yahoo!; Yahoo | ياهو; شركة ياهو |
US | International Business Machines | آي بي إم; أي بي إم; شركة آي بي إم | IBM
US | Intel Corporation; Intel Corp. | إنتل; انتل; شركة إنتل |
US | Hewlett-Packard; HP Inc. | هيوليت باكارد; هيوليت-باكارد; إتش بي | HP
US | Dell Technologies; Dell Inc. | شركة ديل; ديل للكمبيوتر |
US | Cisco Systems; Cisco | سيسكو; شركة سيسكو; سيسكو سيستمز |
US | Oracle Corporation | شركة أوراكل; أوراكل |
US | Qualcomm | كوالكوم; شركة كوالكوم |
US | Nvidia | إنفيديا; انفيديا; نفيديا; شركة إنفيديا |
US | Advanced Micro Devices | إيه إم دي | AMD
US | Tesla, Inc.; Tesla Motors | شركة تسلا; تسلا موتورز |
US | SpaceX | سبيس إكس; سبيس اكس; شركة سبيس إكس |
US | Netflix | نتفليكس; نيتفليكس; شركة نتفليكس |
US | Uber; Uber Technologies | أوبر; شركة أوبر |
US | OpenAI | أوبن إيه آي; شركة أوبن إيه آي |
US | PayPal | باي بال; شركة باي بال |
US | Motorola | موتورولا; شركة موتورولا |
US | Xerox | زيروكس; شركة زيروكس |
US | Eastman Kodak; Kodak | كوداك; شركة كوداك |
US | AT&T Inc. | إيه تي آند تي | AT&T
US | Verizon; Verizon Communications | فيريزون; شركة فيريزون |
CA | BlackBerry; Research In Motion | بلاك بيري; بلاكبيري; شركة بلاك بيري |
FI | Nokia Corporation; Nokia Oyj | شركة نوكيا; نوكيا الفنلندية; مجموعة نوكيا; هواتف نوكيا |
SE | Ericsson | شركة إريكسون; إريكسون السويدية |
KR | Samsung; Samsung Electronics; Samsung Group | سامسونغ; سامسونج; سامسونغ للإلكترونيات; شركة سامسونغ; شركة سامسونج |
KR | LG Electronics; LG Group | إل جي; ال جي; إل جي إلكترونيكس; شركة إل جي | LG
KR | Hyundai; Hyundai Motor Company | هيونداي; هيونداى; شركة هيونداي |
KR | Kia; Kia Motors | كيا موتورز; شركة كيا |
JP | Sony; Sony Corporation | سوني; سونى; شركة سوني |
JP | Toshiba | توشيبا; شركة توشيبا |
JP | Panasonic | باناسونيك; شركة باناسونيك |
JP | Hitachi, Ltd. | هيتاشي; شركة هيتاشي |
JP | Canon Inc. | شركة كانون |
JP | Nintendo | نينتندو; شركة نينتندو |
JP | Fujitsu | فوجيتسو; شركة فوجيتسو |
JP | SoftBank; SoftBank Group | سوفت بنك; سوفتبنك; مجموعة سوفت بنك |
CN | Huawei; Huawei Technologies | هواوي; هواوى; شركة هواوي |
CN | ZTE Corporation | زد تي إي | ZTE
CN | Xiaomi | شاومي; شياومي; شركة شاومي |
CN | Lenovo | لينوفو; شركة لينوفو |
CN | Alibaba Group; Alibaba | مجموعة علي بابا; مجموعة علي بابا القابضة; شركة علي بابا |
CN | Tencent | تينسنت; شركة تينسنت |
CN | Baidu | بايدو; شركة بايدو |
CN | ByteDance | بايت دانس; شركة بايت دانس |
CN | TikTok | تيك توك; تيك توكـ |
DE | SAP SE | شركة ساب الألمانية |
DE | Siemens | سيمنز; سيمنس; شركة سيمنز; شركة سيمنس |
NL | Philips; Royal Philips | شركة فيليبس; فيليبس للإلكترونيات |
GB | Vodafone | فودافون; شركة فودافون |
FR | Orange S.A.; France Télécom; France Telecom | شركة أورانج; أورانج الفرنسية; مجموعة أورانج; فرانس تيليكوم |
DE | Deutsche Telekom | دويتشه تليكوم; دويتشه تيليكوم |
QA | Ooredoo; Qtel; Qatar Telecom | أوريدو; اوريدو; كيوتل; اتصالات قطر; شركة اتصالات قطر |
QA | Vodafone Qatar | فودافون قطر |
AE | Etisalat; Emirates Telecommunications Group | مؤسسة الإمارات للاتصالات; اتصالات الإماراتية |
AE | Emirates Integrated Telecommunications Company | شركة الإمارات للاتصالات المتكاملة |
SA | Saudi Telecom Company | شركة الاتصالات السعودية; الاتصالات السعودية |
SA | Mobily; Etihad Etisalat | شركة موبايلي; شركة اتحاد اتصالات |
KW | Zain; Zain Group; Mobile Telecommunications Company | مجموعة زين; شركة زين; زين للاتصالات |
BH | Batelco; Bahrain Telecommunications Company | بتلكو; شركة البحرين للاتصالات السلكية واللاسلكية |
OM | Omantel; Oman Telecommunications Company | عمانتل; الشركة العمانية للاتصالات |
MA | Maroc Telecom; Itissalat Al-Maghrib | اتصالات المغرب |
EG | Telecom Egypt | المصرية للاتصالات; الشركة المصرية للاتصالات |
EG | Mobinil | موبينيل |
DZ | Djezzy | جيزي |
TR | Turkcell | توركسل; تركسل |
- | Arabsat; Arab Satellite Communications Organization | عربسات; المؤسسة العربية للاتصالات الفضائية |
EG | Nilesat | نايل سات; نايلسات |
AE | Thuraya | شركة الثريا للاتصالات; الثريا للاتصالات |
FR | Eutelsat | يوتلسات; يوتيلسات |
# Companies: cars, aircraft, defence, industry
DE | Volkswagen; Volkswagen Group | فولكس فاغن; فولكسفاغن; فولكس فاجن; فولكسفاجن; فولكس واجن; فولكسواجن; شركة فولكس فاغن | VW
JP | Toyota Motor Corporation; Toyota Motor | شركة تويوتا; تويوتا موتور; سيارات تويوتا; تويوتا اليابانية |
JP | Nissan; Nissan Motor | نيسان موتور; شركة نيسان; سيارات نيسان |
JP | Honda Motor; Honda Motor Company | هوندا; شركة هوندا; هوندا موتور |
JP | Mitsubishi; Mitsubishi Corporation; Mitsubishi Motors | ميتسوبيشي; متسوبيشي; شركة ميتسوبيشي |
JP | Mazda | مازدا; شركة مازدا |
JP | Suzuki Motor | شركة سوزوكي |
US | General Motors | جنرال موتورز; شركة جنرال موتورز |
US | Ford Motor Company; Ford Motor | شركة فورد; فورد موتور; شركة فورد موتور |
US | Chrysler | كرايسلر; شركة كرايسلر |
IT | Fiat | شركة فيات; فيات كرايسلر; سيارات فيات |
NL | Stellantis | ستيلانتيس |
DE | Bayerische Motoren Werke | بي إم دبليو; بي ام دبليو; شركة بي إم دبليو | BMW
DE | Mercedes-Benz | مرسيدس بنز; مرسيدس-بنز; شركة مرسيدس |
DE | Daimler; Daimler AG; DaimlerChrysler | دايملر; ديملر; دايملر كرايسلر; ديملر كرايسلر |
DE | Audi | شركة أودي; أودي الألمانية |
DE | Porsche | بورشه; بورش; شركة بورشه |
FR | Renault; Renault Group | شركة رينو; رينو الفرنسية; مجموعة رينو |
FR | Peugeot; PSA Peugeot Citroën | بيجو; شركة بيجو; بيجو ستروين; بيجو سيتروين |
SE | Volvo | فولفو; شركة فولفو |
IT | Ferrari | فيراري; شركة فيراري |
GB | Rolls-Royce | رولز رويس; رولز-رويس |
GB | Jaguar Land Rover | جاكوار لاند روفر; جاغوار لاند روفر |
IN | Tata Group; Tata Motors | مجموعة تاتا; تاتا موتورز |
CN | Geely | شركة جيلي |
US | Boeing | بوينغ; بوينج; شركة بوينغ; شركة بوينج |
- | Airbus | إيرباص; ايرباص; إيرباس; شركة إيرباص |
US | Lockheed Martin | لوكهيد مارتن; لوكهيد; شركة لوكهيد مارتن |
US | Raytheon | رايثيون; ريثيون; شركة رايثيون |
US | Northrop Grumman | نورثروب غرومان; نورثروب جرومان |
US | General Dynamics | جنرال دايناميكس |
GB | BAE Systems | بي إيه إي سيستمز; بي أيه إي سيستمز |
FR | Dassault Aviation | داسو للطيران; شركة داسو |
FR | Thales Group | مجموعة تاليس; شركة تاليس |
RU | Rosoboronexport | روسوبورون إكسبورت; روسوبورون اكسبورت |
RU | Rosatom | روساتوم; شركة روساتوم; مؤسسة روساتوم |
RU | Rostec | روستيخ; روستك |
IL | Elbit Systems | إلبيت سيستمز; شركة إلبيت |
US | General Electric | جنرال إلكتريك; جنرال الكتريك; شركة جنرال إلكتريك |
US | Caterpillar Inc. | شركة كاتربيلر |
US | Halliburton | هاليبرتون; هاليبيرتون; شركة هاليبرتون |
US | Blackwater; Academi | بلاك ووتر; بلاكووتر; شركة بلاك ووتر |
RU | Wagner Group | مجموعة فاغنر; مجموعة فاجنر; قوات فاغنر |
# Companies: oil, gas, energy and mining
US | ExxonMobil; Exxon Mobil; Exxon | إكسون موبيل; اكسون موبيل; إكسون موبل; إكسون; شركة إكسون موبيل |
US | Chevron; Chevron Corporation | شيفرون; شيفرون تكساكو; شركة شيفرون |
US | ConocoPhillips | كونوكو فيليبس; كونوكوفيليبس |
US | Occidental Petroleum | أوكسيدنتال بتروليوم; أوكسيدنتال |
GB | Shell plc; Royal Dutch Shell | رويال داتش شل; شركة شل; مجموعة شل; رويال دتش شل |
GB | British Petroleum | بريتش بتروليوم; شركة بي بي; شركة بريتش بتروليوم | BP
FR | TotalEnergies; Total S.A.; Total SA | توتال; توتال إنرجيز; شركة توتال; توتال الفرنسية |
IT | Eni | إيني; شركة إيني; إيني الإيطالية |
NO | Equinor; Statoil | إكوينور; ستات أويل; شتات أويل; ستاتويل |
ES | Repsol | ريبسول; شركة ريبسول |
RU | Gazprom | غازبروم; جازبروم; شركة غازبروم |
RU | Rosneft | روسنفت; شركة روسنفت |
RU | Lukoil | لوك أويل; لوكويل; شركة لوك أويل |
CN | China National Petroleum Corporation | المؤسسة الوطنية الصينية للبترول; مؤسسة البترول الوطنية الصينية | CNPC
CN | Sinopec; China Petrochemical Corporation | سينوبك; ساينوبك; شركة سينوبك |
CN | PetroChina | بتروتشاينا; بتروشاينا |
CN | China National Offshore Oil Corporation | المؤسسة الوطنية الصينية للنفط البحري | CNOOC
BR | Petrobras | بتروبراس; شركة بتروبراس |
MY | Petronas | بتروناس; شركة بتروناس |
US | Schlumberger | شلمبرجير; شلومبرجير; شلمبرجر | SLB
- | Glencore | غلينكور; جلينكور |
GB | Rio Tinto Group | مجموعة ريو تينتو; شركة ريو تينتو |
AU | BHP Billiton | بي إتش بي; بي اتش بي بيليتون | BHP
LU | ArcelorMittal | أرسيلور ميتال; أرسيلورميتال |
AE | Abu Dhabi National Oil Company | أدنوك; شركة بترول أبوظبي الوطنية; شركة أبوظبي الوطنية للنفط; شركة بترول أبو ظبي الوطنية | ADNOC
QA | QatarEnergy; Qatar Petroleum | قطر للطاقة; قطر للبترول; شركة قطر للبترول; المؤسسة العامة القطرية للبترول |
QA | Qatargas | قطر غاز; شركة قطر غاز; شركة قطر للغاز المسال |
QA | RasGas | راس غاز; شركة راس غاز; شركة رأس لفان للغاز الطبيعي المسال |
QA | Industries Qatar | صناعات قطر; شركة صناعات قطر |
QA | Qatar Steel | قطر للصلب; شركة قطر للصلب |
QA | Qatar Petrochemical Company | قطر للبتروكيماويات; شركة قطر للبتروكيماويات | QAPCO
AE | Dolphin Energy | دولفين للطاقة; شركة دولفين للطاقة |
AE | Dana Gas | دانة غاز; شركة دانة غاز |
AE | Emirates Global Aluminium | الإمارات العالمية للألمنيوم |
KW | Kuwait Petroleum Corporation | مؤسسة البترول الكويتية | KPC
KW | Kuwait Oil Company | شركة نفط الكويت |
SA | Saudi Basic Industries Corporation | سابك; الشركة السعودية للصناعات الأساسية; شركة سابك | SABIC
SA | Ma'aden; Saudi Arabian Mining Company | شركة معادن; شركة التعدين العربية السعودية |
SA | Saudi Electricity Company | الشركة السعودية للكهرباء |
OM | Petroleum Development Oman | شركة تنمية نفط عمان |
BH | Bapco; Bahrain Petroleum Company | بابكو; شركة نفط البحرين |
IQ | State Organization for Marketing of Oil | شركة تسويق النفط العراقية; شركة تسويق النفط; سومو | SOMO
IQ | North Oil Company | شركة نفط الشمال |
IQ | South Oil Company; Basra Oil Company | شركة نفط الجنوب; شركة نفط البصرة |
IR | National Iranian Oil Company | الشركة الوطنية الإيرانية للنفط; شركة النفط الوطنية الإيرانية; شركة النفط الإيرانية | NIOC
LY | National Oil Corporation (Libya) | المؤسسة الوطنية للنفط الليبية; المؤسسة الوطنية الليبية للنفط |
DZ | Sonatrach | سوناطراك; سونطراك; شركة سوناطراك |
DZ | Sonelgaz | سونلغاز; سونلغاز الجزائرية |
EG | Egyptian General Petroleum Corporation | الهيئة المصرية العامة للبترول | EGPC
EG | Egyptian Natural Gas Holding Company | الشركة القابضة للغازات الطبيعية; إيجاس | EGAS
MA | OCP Group; Office Chérifien des Phosphates | المكتب الشريف للفوسفات; مجمع المكتب الشريف للفوسفات | OCP
EG | Suez Canal Authority | هيئة قناة السويس |
# Companies: airlines
AE | Emirates airline; Emirates Airline | طيران الإمارات; شركة طيران الإمارات; مجموعة طيران الإمارات |
QA | Qatar Airways | الخطوط الجوية القطرية; الخطوط القطرية; القطرية للطيران |
AE | Etihad Airways | الاتحاد للطيران; طيران الاتحاد; شركة الاتحاد للطيران |
EG | EgyptAir | مصر للطيران; شركة مصر للطيران |
SA | Saudia; Saudi Arabian Airlines | الخطوط الجوية العربية السعودية; الخطوط السعودية; الخطوط الجوية السعودية |
JO | Royal Jordanian | الملكية الأردنية; الخطوط الجوية الملكية الأردنية; الملكية الأردنية للطيران |
BH | Gulf Air | طيران الخليج; شركة طيران الخليج |
KW | Kuwait Airways | الخطوط الجوية الكويتية; مؤسسة الخطوط الجوية الكويتية |
LB | Middle East Airlines | طيران الشرق الأوسط; شركة طيران الشرق الأوسط | MEA
MA | Royal Air Maroc | الخطوط الملكية المغربية; الخطوط الجوية الملكية المغربية |
DZ | Air Algérie; Air Algerie | الخطوط الجوية الجزائرية |
TN | Tunisair | الخطوط التونسية; الخطوط الجوية التونسية; الخطوط التونسية للطيران |
OM | Oman Air | الطيران العماني; شركة الطيران العماني |
AE | flydubai | فلاي دبي |
AE | Air Arabia | العربية للطيران; شركة العربية للطيران |
SA | flynas; Nas Air | طيران ناس; فلاي ناس |
IQ | Iraqi Airways | الخطوط الجوية العراقية |
SY | Syrian Air; Syrian Arab Airlines | مؤسسة الطيران العربية السورية; السورية للطيران |
LY | Libyan Airlines | الخطوط الجوية الليبية |
YE | Yemenia | الخطوط الجوية اليمنية; طيران اليمنية |
SD | Sudan Airways | الخطوط الجوية السودانية |
TR | Turkish Airlines | الخطوط الجوية التركية; الخطوط التركية |
IR | Iran Air | الخطوط الجوية الإيرانية; إيران إير |
DE | Lufthansa | لوفتهانزا; لوفتهانزا الألمانية; شركة لوفتهانزا |
FR | Air France | إير فرانس; الخطوط الجوية الفرنسية |
GB | British Airways | الخطوط الجوية البريطانية; بريتيش إيرويز |
NL | KLM Royal Dutch Airlines | الخطوط الجوية الملكية الهولندية; كي إل إم | KLM
RU | Aeroflot | إيروفلوت; أيروفلوت |
US | American Airlines | الخطوط الجوية الأمريكية; أمريكان إيرلاينز |
US | Delta Air Lines | دلتا إيرلاينز; خطوط دلتا الجوية |
US | United Airlines | يونايتد إيرلاينز; الخطوط الجوية المتحدة |
SG | Singapore Airlines | الخطوط الجوية السنغافورية |
IL | El Al | شركة العال; العال الإسرائيلية |
# Companies: banks, funds, investment
QA | Qatar National Bank; QNB Group | بنك قطر الوطني; مجموعة بنك قطر الوطني | QNB
QA | Commercial Bank of Qatar; Commercial Bank (Qatar) | البنك التجاري القطري | CBQ
QA | Doha Bank | بنك الدوحة |
QA | Qatar Islamic Bank | مصرف قطر الإسلامي | QIB
QA | Masraf Al Rayan | مصرف الريان |
QA | Qatar International Islamic Bank | بنك قطر الدولي الإسلامي; البنك الدولي الإسلامي القطري | QIIB
QA | Al Khaliji Commercial Bank; Al Khalij Commercial Bank | بنك الخليجي; بنك الخليج التجاري; بنك الخليجي التجاري |
QA | Ahli Bank (Qatar) | البنك الأهلي القطري |
QA | Qatar Development Bank | بنك قطر للتنمية |
QA | Qatar Investment Authority | جهاز قطر للاستثمار | QIA
QA | Qatari Diar | الديار القطرية; شركة الديار القطرية |
QA | Qatar Financial Centre | مركز قطر للمال |
QA | Qatar Insurance Company | قطر للتأمين; شركة قطر للتأمين |
QA | Qatar Navigation; Milaha | الملاحة القطرية; ملاحة القطرية |
AE | Emirates NBD | الإمارات دبي الوطني; بنك الإمارات دبي الوطني |
AE | First Abu Dhabi Bank | بنك أبوظبي الأول; بنك أبو ظبي الأول |
AE | National Bank of Abu Dhabi | بنك أبوظبي الوطني; بنك أبو ظبي الوطني | NBAD
AE | Abu Dhabi Commercial Bank | بنك أبوظبي التجاري; بنك أبو ظبي التجاري | ADCB
AE | Abu Dhabi Islamic Bank | مصرف أبوظبي الإسلامي; مصرف أبو ظبي الإسلامي |
AE | Dubai Islamic Bank | بنك دبي الإسلامي |
AE | Mashreqbank | بنك المشرق; المشرق بنك |
AE | Abu Dhabi Investment Authority | جهاز أبوظبي للاستثمار; جهاز أبو ظبي للاستثمار | ADIA
AE | Mubadala Investment Company; Mubadala | شركة مبادلة; مبادلة للاستثمار; مبادلة للتنمية |
AE | Dubai World | دبي العالمية; مجموعة دبي العالمية |
AE | DP World | موانئ دبي العالمية |
AE | Emaar Properties; Emaar | إعمار العقارية; شركة إعمار |
AE | Nakheel | نخيل العقارية; شركة نخيل |
AE | Investment Corporation of Dubai | مؤسسة دبي للاستثمارات الحكومية |
KW | National Bank of Kuwait | بنك الكويت الوطني | NBK
KW | Kuwait Finance House | بيت التمويل الكويتي | KFH
KW | Gulf Bank | بنك الخليج |
KW | Commercial Bank of Kuwait | البنك التجاري الكويتي |
KW | Kuwait Investment Authority | الهيئة العامة للاستثمار الكويتية; الهيئة العامة للاستثمار في الكويت |
SA | Al Rajhi Bank | مصرف الراجحي; بنك الراجحي |
SA | Saudi National Bank; National Commercial Bank | البنك الأهلي السعودي; البنك الأهلي التجاري |
SA | Riyad Bank | بنك الرياض |
SA | Saudi British Bank | البنك السعودي البريطاني | SABB
SA | Banque Saudi Fransi | البنك السعودي الفرنسي |
SA | Samba Financial Group | مجموعة سامبا المالية |
SA | Arab National Bank | البنك العربي الوطني |
SA | Public Investment Fund | صندوق الاستثمارات العامة; صندوق الاستثمارات العامة السعودي | PIF
SA | Kingdom Holding Company | شركة المملكة القابضة; المملكة القابضة |
SA | Saudi Binladin Group | مجموعة بن لادن السعودية; مجموعة بن لادن |
SA | Almarai | شركة المراعي; المراعي السعودية |
JO | Arab Bank | البنك العربي |
JO | Housing Bank for Trade and Finance | بنك الإسكان للتجارة والتمويل |
EG | National Bank of Egypt | البنك الأهلي المصري | NBE
EG | Banque Misr | بنك مصر |
EG | Commercial International Bank | البنك التجاري الدولي | CIB
EG | Orascom; Orascom Construction; Orascom Telecom | أوراسكوم; شركة أوراسكوم; أوراسكوم للإنشاء; أوراسكوم تيليكوم |
LB | Bank Audi | بنك عودة |
LB | BLOM Bank; Banque du Liban et d'Outre-Mer | بنك لبنان والمهجر; بلوم بنك |
LB | Byblos Bank | بنك بيبلوس |
BH | Ahli United Bank | البنك الأهلي المتحد |
BH | Arab Banking Corporation; Bank ABC | المؤسسة العربية المصرفية |
BH | Gulf International Bank | بنك الخليج الدولي |
BH | Investcorp | إنفستكورب; انفستكورب |
OM | Bank Muscat | بنك مسقط |
MA | Attijariwafa Bank | التجاري وفا بنك; مجموعة التجاري وفا بنك |
MA | Bank of Africa; BMCE Bank | البنك المغربي للتجارة الخارجية |
IQ | Rafidain Bank | مصرف الرافدين |
IQ | Trade Bank of Iraq | المصرف العراقي للتجارة |
GB | HSBC Holdings | إتش إس بي سي; اتش اس بي سي; بنك إتش إس بي سي | HSBC
GB | Barclays | باركليز; بنك باركليز |
GB | Standard Chartered | ستاندرد تشارترد; بنك ستاندرد تشارترد |
GB | Royal Bank of Scotland | بنك اسكتلندا الملكي; رويال بنك أوف سكوتلاند | RBS
GB | Lloyds Banking Group; Lloyds Bank | بنك لويدز; مجموعة لويدز |
US | Citigroup; Citibank | سيتي غروب; سيتي جروب; سيتي بنك; سيتيغروب |
US | JPMorgan Chase; JPMorgan; JP Morgan; J.P. Morgan | جيه بي مورغان; جي بي مورغان; جيه بي مورجان; جي بي مورجان; جيه بي مورغان تشيس |
US | Goldman Sachs | غولدمان ساكس; جولدمان ساكس |
US | Morgan Stanley | مورغان ستانلي; مورجان ستانلي |
US | Bank of America | بنك أوف أمريكا; بنك أوف أميركا; بنك أمريكا |
US | Wells Fargo | ويلز فارغو; ويلز فارجو |
US | Merrill Lynch | ميريل لينش; ميريل لنش |
US | Lehman Brothers | ليمان براذرز; ليمان برذرز |
US | BlackRock | بلاك روك; بلاكروك |
US | Berkshire Hathaway | بيركشاير هاثاواي |
US | American Express | أمريكان إكسبريس; أميركان إكسبريس; أمريكان اكسبريس; أميركان اكسبريس |
US | Mastercard; MasterCard | ماستركارد; ماستر كارد |
US | Visa Inc. | شركة فيزا |
DE | Deutsche Bank | دويتشه بنك; دويتشه بنك الألماني |
DE | Commerzbank | كومرتس بنك; كوميرتس بنك |
CH | UBS Group | يو بي إس; بنك يو بي إس | UBS
CH | Credit Suisse | كريدي سويس; بنك كريدي سويس |
FR | BNP Paribas | بي إن بي باريبا; بي ان بي باريبا |
FR | Société Générale; Societe Generale | سوسيتيه جنرال; سوسيته جنرال |
FR | Crédit Agricole; Credit Agricole | كريدي أغريكول |
ES | Banco Santander | بنك سانتاندر |
NL | ING Group | مجموعة آي إن جي; آي إن جي |
JP | Nomura Holdings | نومورا; مجموعة نومورا |
CN | Industrial and Commercial Bank of China | البنك الصناعي والتجاري الصيني | ICBC
# Stock exchanges
QA | Qatar Stock Exchange; Doha Securities Market | بورصة قطر; سوق الدوحة للأوراق المالية | QSE
SA | Saudi Exchange; Tadawul; Saudi Stock Exchange | السوق المالية السعودية; سوق الأسهم السعودية; البورصة السعودية; تداول السعودية |
AE | Dubai Financial Market | سوق دبي المالي | DFM
AE | Abu Dhabi Securities Exchange | سوق أبوظبي للأوراق المالية; سوق أبو ظبي للأوراق المالية | ADX
AE | Nasdaq Dubai; Dubai International Financial Exchange | ناسداك دبي; بورصة دبي العالمية |
KW | Boursa Kuwait; Kuwait Stock Exchange | بورصة الكويت; سوق الكويت للأوراق المالية; البورصة الكويتية |
EG | Egyptian Exchange; Cairo and Alexandria Stock Exchange | البورصة المصرية; بورصة القاهرة والإسكندرية; بورصة القاهرة | EGX
JO | Amman Stock Exchange | بورصة عمان; سوق عمان المالي |
BH | Bahrain Bourse; Bahrain Stock Exchange | بورصة البحرين; سوق البحرين للأوراق المالية |
OM | Muscat Stock Exchange; Muscat Securities Market | بورصة مسقط; سوق مسقط للأوراق المالية |
MA | Casablanca Stock Exchange | بورصة الدار البيضاء |
LB | Beirut Stock Exchange | بورصة بيروت |
TN | Tunis Stock Exchange | بورصة تونس |
IQ | Iraq Stock Exchange | سوق العراق للأوراق المالية |
TR | Borsa Istanbul; Istanbul Stock Exchange | بورصة إسطنبول; بورصة اسطنبول |
US | New York Stock Exchange | بورصة نيويورك; سوق نيويورك للأوراق المالية | NYSE
US | Nasdaq | ناسداك; بورصة ناسداك; سوق ناسداك | NASDAQ
GB | London Stock Exchange | بورصة لندن; سوق لندن للأوراق المالية |
JP | Tokyo Stock Exchange | بورصة طوكيو |
DE | Frankfurt Stock Exchange | بورصة فرانكفورت |
HK | Hong Kong Stock Exchange | بورصة هونغ كونغ; بورصة هونج كونج |
CN | Shanghai Stock Exchange | بورصة شنغهاي; بورصة شانغهاي |
FR | Euronext Paris; Paris Bourse | بورصة باريس |
# Companies: consumer goods, pharmaceuticals, retail
US | Walmart; Wal-Mart | وول مارت; ولمارت; وولمارت |
CH | Nestlé; Nestle | نستله; نستلة; شركة نستله |
US | The Coca-Cola Company; Coca-Cola | كوكاكولا; كوكا كولا; شركة كوكاكولا |
US | PepsiCo; Pepsi | بيبسي; بيبسيكو; شركة بيبسي |
US | McDonald's | ماكدونالدز; مطاعم ماكدونالدز |
US | Starbucks | ستاربكس |
GB | Unilever | يونيليفر; شركة يونيليفر |
US | Procter & Gamble | بروكتر آند غامبل; بروكتر أند غامبل |
US | Pfizer | فايزر; شركة فايزر |
US | Johnson & Johnson | جونسون آند جونسون; جونسون أند جونسون |
US | Moderna | موديرنا; شركة موديرنا |
CH | Novartis | نوفارتيس; شركة نوفارتيس |
CH | Hoffmann-La Roche; Roche Holding | شركة روش; هوفمان لاروش |
FR | Sanofi | سانوفي; شركة سانوفي |
GB | AstraZeneca | أسترازينيكا; استرازينيكا; أسترازينكا |
GB | GlaxoSmithKline | غلاكسو سميث كلاين; جلاكسو سميث كلاين | GSK
DE | Bayer AG | شركة باير; باير الألمانية |
DE | BASF SE | باسف; شركة باسف | BASF
DE | BioNTech | بيونتك; بايونتيك |
US | Nike, Inc. | نايكي; شركة نايكي |
DE | Adidas | أديداس; اديداس; شركة أديداس |
SE | Ikea | إيكيا; ايكيا | IKEA
FR | LVMH Moët Hennessy Louis Vuitton | إل في إم إتش | LVMH
FR | Carrefour Group; Carrefour S.A. | مجموعة كارفور; متاجر كارفور; شركة كارفور |
AE | Majid Al Futtaim | مجموعة ماجد الفطيم |
# Media: Arab television and radio
QA | Al Jazeera Mubasher | الجزيرة مباشر; قناة الجزيرة مباشر |
QA | Al Jazeera English | الجزيرة الإنجليزية; الجزيرة الإنكليزية; قناة الجزيرة الإنجليزية |
QA | beIN Sports; Al Jazeera Sport | بي إن سبورتس; بي ان سبورت; قنوات بي إن سبورتس; الجزيرة الرياضية; قناة الجزيرة الرياضية |
QA | Qatar TV; Qatar Television | تلفزيون قطر; التلفزيون القطري |
QA | Al Rayyan TV | قناة الريان; تلفزيون الريان |
QA | Al Araby TV; Al-Araby Al-Jadeed | العربي الجديد; صحيفة العربي الجديد |
AE | Al Arabiya Al Hadath; Al Hadath | قناة الحدث |
SA | MBC Group; Middle East Broadcasting Center | مجموعة إم بي سي; قناة إم بي سي; مركز تلفزيون الشرق الأوسط | MBC
SA | Rotana | روتانا; مجموعة روتانا; قنوات روتانا |
SA | Al-Ikhbariya | قناة الإخبارية; الإخبارية السعودية |
SA | Saudi Broadcasting Authority; Saudi TV | التلفزيون السعودي; هيئة الإذاعة والتلفزيون السعودية |
SA | Arab Radio and Television Network | شبكة راديو وتلفزيون العرب; راديو وتلفزيون العرب | ART
SA | Asharq News | الشرق للأخبار; قناة الشرق للأخبار; الشرق بلومبرغ |
AE | Dubai TV | تلفزيون دبي; قناة دبي |
AE | Abu Dhabi TV | تلفزيون أبوظبي; تلفزيون أبو ظبي; قناة أبوظبي; قناة أبو ظبي |
AE | Al Ghad TV | قناة الغد; قناة الغد العربي |
EG | Egyptian Radio and Television Union; Egyptian Television; Egyptian state television | اتحاد الإذاعة والتلفزيون المصري; التلفزيون المصري; التلفزيون الرسمي المصري |
EG | CBC (Egypt); Capital Broadcast Center | قناة سي بي سي; قنوات سي بي سي |
EG | ON TV | قناة أون تي في; أون تي في |
EG | Dream TV | قناة دريم; قنوات دريم |
EG | Al Hayat TV | قناة الحياة; قنوات الحياة; تلفزيون الحياة |
EG | Nile TV | قناة النيل; قنوات النيل |
LB | Lebanese Broadcasting Corporation | المؤسسة اللبنانية للإرسال; قناة إل بي سي; إل بي سي | LBC; LBCI
LB | Future TV | تلفزيون المستقبل; قناة المستقبل |
LB | Al Jadeed; New TV | قناة الجديد; تلفزيون الجديد |
LB | MTV Lebanon | قناة إم تي في; إم تي في اللبنانية |
LB | OTV (Lebanon) | قناة أو تي في |
LB | Télé Liban | تلفزيون لبنان |
SY | Syrian Arab Television; Syrian state television | التلفزيون السوري; التلفزيون العربي السوري; التلفزيون الرسمي السوري |
SY | Orient News; Orient TV | قناة أورينت; أورينت نيوز |
IQ | Al Iraqiya TV; Al Iraqiya | قناة العراقية; الفضائية العراقية |
IQ | Al Sumaria TV; Al Sumaria | قناة السومرية; السومرية نيوز; فضائية السومرية |
IQ | Al Sharqiya TV; Al Sharqiya | قناة الشرقية; فضائية الشرقية |
IQ | Rudaw Media Network; Rudaw | روداو; شبكة روداو; شبكة رووداو; رووداو |
IQ | Kurdistan 24 | كردستان 24 |
IQ | Al-Forat TV | قناة الفرات |
PS | Al-Aqsa TV | قناة الأقصى; فضائية الأقصى; تلفزيون الأقصى |
PS | Palestine TV | تلفزيون فلسطين; تلفزيون فلسطين الرسمي |
PS | Ma'an News Agency | وكالة معا; وكالة معا الإخبارية; وكالة معاً |
PS | Al-Quds Network; Quds News Network | شبكة قدس; شبكة قدس الإخبارية |
YE | Al-Masirah TV; Al Masirah | قناة المسيرة; فضائية المسيرة |
YE | Yemen TV | الفضائية اليمنية; التلفزيون اليمني |
IR | Al-Kawthar TV | قناة الكوثر |
IR | Islamic Republic of Iran Broadcasting | هيئة الإذاعة والتلفزيون الإيرانية; التلفزيون الإيراني; التلفزيون الرسمي الإيراني | IRIB
JO | Jordan Radio and Television Corporation; Jordan TV | مؤسسة الإذاعة والتلفزيون الأردنية; التلفزيون الأردني |
KW | Kuwait Television; Kuwait TV | تلفزيون الكويت; التلفزيون الكويتي |
TN | Nessma TV | قناة نسمة; نسمة تي في |
TN | Tunisian Television; Télévision Tunisienne | التلفزيون التونسي; التلفزة التونسية |
DZ | Ennahar TV | قناة النهار الجزائرية; النهار تي في |
DZ | Algerian Television; Télévision Algérienne | التلفزيون الجزائري |
MA | 2M TV | القناة الثانية المغربية; قناة دوزيم; دوزيم | 2M
MA | Al Aoula | القناة الأولى المغربية |
- | Monte Carlo Doualiya; Radio Monte Carlo | مونت كارلو الدولية; إذاعة مونت كارلو; راديو مونت كارلو |
US | Radio Sawa | راديو سوا; إذاعة سوا |
US | Voice of America | صوت أمريكا; صوت أميركا; إذاعة صوت أمريكا; إذاعة صوت أميركا | VOA
US | Radio Free Europe/Radio Liberty; Radio Free Europe | إذاعة أوروبا الحرة; راديو أوروبا الحرة; راديو الحرية |
DE | Deutsche Welle | دويتشه فيله; دويتشه فيلله; إذاعة دويتشه فيله; دويتشه فيله عربية | DW
- | Euronews | يورونيوز; يورو نيوز; قناة يورونيوز |
TR | Turkish Radio and Television Corporation | تي آر تي; هيئة الإذاعة والتلفزيون التركية; التلفزيون التركي; تي آر تي عربي | TRT
CN | China Global Television Network; CCTV Arabic | قناة سي جي تي إن | CGTN
RU | Sputnik; Sputnik News | وكالة سبوتنيك; سبوتنيك عربي |
RU | Russia Today | آر تي; قناة آر تي; قناة روسيا اليوم | RT
# Media: Western outlets
US | Fox News; Fox News Channel | فوكس نيوز; قناة فوكس نيوز |
US | ABC News | إيه بي سي نيوز; شبكة إيه بي سي; شبكة أي بي سي; قناة إيه بي سي |
US | CBS News | سي بي إس; شبكة سي بي إس; سي بي إس نيوز | CBS
US | NBC News | إن بي سي; شبكة إن بي سي; إن بي سي نيوز | NBC
US | MSNBC | إم إس إن بي سي |
US | CNBC | سي إن بي سي; شبكة سي إن بي سي |
US | National Public Radio | الإذاعة الوطنية العامة الأمريكية | NPR
US | Public Broadcasting Service | شبكة بي بي إس | PBS
US | USA Today | يو إس إيه توداي; يو إس أيه توداي |
US | Los Angeles Times | لوس أنجلوس تايمز; لوس انجليس تايمز; صحيفة لوس أنجلوس تايمز |
US | Chicago Tribune | شيكاغو تريبيون |
US | The Boston Globe; Boston Globe | بوسطن غلوب |
US | New York Post | نيويورك بوست |
US | Newsweek | نيوزويك; مجلة نيوزويك |
US | Time (magazine); Time magazine | مجلة تايم; مجلة التايم |
US | Forbes; Forbes magazine | فوربس; مجلة فوربس |
US | Foreign Policy (magazine); Foreign Policy magazine | فورين بوليسي; مجلة فورين بوليسي |
US | Foreign Affairs (magazine); Foreign Affairs magazine | فورين أفيرز; مجلة فورين أفيرز; مجلة فورين أفيرز الأمريكية |
US | The New Yorker | نيويوركر; مجلة نيويوركر; مجلة ذا نيويوركر |
US | The Atlantic (magazine) | مجلة أتلانتيك; مجلة ذي أتلانتيك |
US | Politico | بوليتيكو; موقع بوليتيكو |
US | Axios | أكسيوس; موقع أكسيوس |
US | The Huffington Post; HuffPost | هافينغتون بوست; هافنغتون بوست; هافنجتون بوست |
US | The Daily Beast | ديلي بيست; ذا ديلي بيست |
US | United Press International | يونايتد برس إنترناشيونال; يونايتد برس انترناشونال; وكالة يونايتد برس | UPI
US | The Hill (newspaper) | صحيفة ذا هيل; ذا هيل |
US | International Herald Tribune | إنترناشونال هيرالد تريبيون; هيرالد تريبيون |
US | Christian Science Monitor | كريستيان ساينس مونيتور |
GB | The Times (London); The Times of London | صحيفة التايمز; التايمز البريطانية |
GB | The Sunday Times | صنداي تايمز; الصنداي تايمز |
GB | The Daily Telegraph; The Telegraph; Daily Telegraph | ديلي تلغراف; الديلي تلغراف; صحيفة التلغراف; ديلي تليغراف; الديلي تليغراف |
GB | The Independent (UK); The Independent newspaper | الإندبندنت; الاندبندنت; صحيفة الإندبندنت |
GB | The Observer (UK) | الأوبزرفر; أوبزرفر; صحيفة الأوبزرفر |
GB | Daily Mail | ديلي ميل; الديلي ميل |
GB | The Sun (UK) | صحيفة ذا صن; صحيفة الصن |
GB | The Daily Mirror; Daily Mirror | ديلي ميرور; الديلي ميرور |
GB | The Economist | الإيكونوميست; إيكونوميست; الايكونوميست; مجلة الإيكونوميست |
GB | Middle East Eye | ميدل إيست آي; موقع ميدل إيست آي |
FR | Le Figaro | لوفيغارو; لوفيجارو; صحيفة لوفيغارو |
FR | Libération (newspaper) | ليبراسيون; صحيفة ليبراسيون |
FR | Le Parisien | لوباريزيان |
FR | Le Point | مجلة لوبوان; لوبوان |
FR | L'Express | مجلة لكسبريس; ليكسبريس |
FR | Le Journal du Dimanche | لوجورنال دو ديمانش |
FR | Radio France Internationale | إذاعة فرنسا الدولية; راديو فرنسا الدولي | RFI
DE | Der Spiegel | دير شبيغل; دير شبيجل; مجلة دير شبيغل; شبيغل |
DE | Die Welt | دي فيلت; صحيفة دي فيلت |
DE | Frankfurter Allgemeine Zeitung | فرانكفورتر ألغماينه تسايتونغ; فرانكفورتر ألغيماينه; فرانكفورتر ألجماينه |
DE | Süddeutsche Zeitung | زود دويتشه تسايتونغ; زوددويتشه تسايتونغ |
DE | Bild (newspaper) | صحيفة بيلد; بيلد الألمانية |
IT | Corriere della Sera | كورييري ديلا سيرا; كوريري ديلا سيرا |
IT | La Repubblica | لا ريبوبليكا; صحيفة لا ريبوبليكا |
IT | Agenzia Nazionale Stampa Associata | وكالة أنسا; أنسا | ANSA
ES | El País | إل باييس; الباييس; صحيفة الباييس |
ES | Agencia EFE | وكالة إفي; وكالة الأنباء الإسبانية | EFE
RU | Interfax | إنترفاكس; انترفاكس; وكالة إنترفاكس |
JP | Japan Broadcasting Corporation | هيئة الإذاعة اليابانية; إن إتش كيه | NHK
JP | Jiji Press | وكالة جيجي; جيجي برس |
KR | Yonhap; Yonhap News Agency | يونهاب; وكالة يونهاب |
IN | Press Trust of India | وكالة برس ترست أوف إنديا |
MY | Bernama | برناما; وكالة برناما |
CU | Prensa Latina | برنسا لاتينا |
IR | Iranian Students' News Agency | وكالة إيسنا; وكالة أنباء الطلبة الإيرانية | ISNA
IR | Mehr News Agency | وكالة مهر; وكالة مهر للأنباء |
IR | Kayhan | صحيفة كيهان |
IL | Maariv | معاريف; صحيفة معاريف |
IL | Israel Hayom | يسرائيل هيوم; صحيفة إسرائيل اليوم |
IL | The Times of Israel; Times of Israel | تايمز أوف إسرائيل |
IL | Kan (broadcaster); Israeli Public Broadcasting Corporation | هيئة البث الإسرائيلية; قناة كان الإسرائيلية; هيئة البث الإسرائيلية كان |
IL | Channel 12 (Israel); Israeli Channel 12 | القناة 12 الإسرائيلية; القناة الثانية عشرة الإسرائيلية |
TR | Hürriyet; Hurriyet | حرييت; صحيفة حرييت |
TR | Sabah (newspaper) | صحيفة صباح التركية |
TR | Daily Sabah | ديلي صباح |
# Media: Arab newspapers, magazines and news sites (a paper named by a common word or a place only with صحيفة/جريدة or its country)
QA | Al Raya (Qatar); Al-Raya | صحيفة الراية; جريدة الراية; صحيفة الراية القطرية |
QA | Al Watan (Qatar) | صحيفة الوطن القطرية; جريدة الوطن القطرية; الوطن القطرية |
QA | Al Sharq (Qatar) | صحيفة الشرق القطرية; جريدة الشرق القطرية; الشرق القطرية |
QA | The Peninsula (Qatar); The Peninsula Qatar | صحيفة البننسولا; ذا بننسولا |
QA | Gulf Times | جلف تايمز; غلف تايمز; صحيفة جلف تايمز |
QA | Al Arab (Qatar) | صحيفة العرب القطرية; العرب القطرية |
SA | Al Riyadh (newspaper) | صحيفة الرياض; جريدة الرياض; صحيفة الرياض السعودية |
SA | Okaz | صحيفة عكاظ; جريدة عكاظ; عكاظ السعودية |
SA | Al-Madina (newspaper) | صحيفة المدينة; صحيفة المدينة السعودية; جريدة المدينة |
SA | Al Jazirah (Saudi newspaper) | صحيفة الجزيرة السعودية; جريدة الجزيرة السعودية |
SA | Al Watan (Saudi Arabia) | صحيفة الوطن السعودية; الوطن السعودية |
SA | Al Yaum; Al-Yaum | صحيفة اليوم السعودية; جريدة اليوم السعودية |
SA | Arab News | عرب نيوز; صحيفة عرب نيوز |
SA | Saudi Gazette | سعودي جازيت; سعودي غازيت |
SA | Al-Eqtisadiah | صحيفة الاقتصادية; جريدة الاقتصادية |
SA | Al Majalla | مجلة المجلة |
SA | Sayidaty | مجلة سيدتي |
AE | Al Khaleej (newspaper) | صحيفة الخليج; صحيفة الخليج الإماراتية; الخليج الإماراتية; جريدة الخليج |
AE | Al Bayan (newspaper) | صحيفة البيان; صحيفة البيان الإماراتية; البيان الإماراتية; جريدة البيان |
AE | Al Ittihad (newspaper) | صحيفة الاتحاد; صحيفة الاتحاد الإماراتية; الاتحاد الإماراتية; جريدة الاتحاد |
AE | Gulf News | جلف نيوز; غلف نيوز; صحيفة جلف نيوز |
AE | The National (Abu Dhabi) | صحيفة ذا ناشيونال; ذا ناشيونال |
AE | Khaleej Times | خليج تايمز; صحيفة خليج تايمز |
AE | Emarat Al Youm | صحيفة الإمارات اليوم |
KW | Al-Qabas | القبس; صحيفة القبس; جريدة القبس; القبس الكويتية |
KW | Al-Seyassah; Al-Siyasa | صحيفة السياسة; جريدة السياسة |
KW | Al Rai (Kuwait) | صحيفة الرأي الكويتية; الرأي الكويتية; جريدة الراي الكويتية |
KW | Al-Anba (Kuwait) | صحيفة الأنباء الكويتية |
KW | Al Jarida (Kuwait) | صحيفة الجريدة |
KW | Al Watan (Kuwait) | صحيفة الوطن الكويتية; الوطن الكويتية |
KW | Arab Times (Kuwait); Kuwait Times | عرب تايمز; كويت تايمز |
BH | Al Wasat (Bahrain) | صحيفة الوسط البحرينية; الوسط البحرينية |
BH | Akhbar Al Khaleej | صحيفة أخبار الخليج; أخبار الخليج البحرينية |
BH | Al Ayam (Bahrain) | صحيفة الأيام البحرينية; الأيام البحرينية |
BH | Gulf Daily News | غلف ديلي نيوز; جلف ديلي نيوز |
OM | Al Watan (Oman) | صحيفة الوطن العمانية; الوطن العمانية |
OM | Oman (newspaper); Oman Daily | صحيفة عمان; جريدة عمان; صحيفة عمان العمانية |
OM | Al Shabiba | صحيفة الشبيبة |
OM | Times of Oman | تايمز أوف عمان |
EG | Al-Akhbar (Egypt) | صحيفة الأخبار المصرية; جريدة الأخبار المصرية |
EG | Al-Gomhuria | صحيفة الجمهورية المصرية |
EG | Al-Masry Al-Youm; Al-Masry al-Youm; Egypt Independent | صحيفة المصري اليوم; جريدة المصري اليوم |
EG | Al-Shorouk (Egypt) | صحيفة الشروق المصرية; الشروق المصرية; جريدة الشروق المصرية |
EG | Youm7; Al-Youm al-Sabea | صحيفة اليوم السابع; موقع اليوم السابع |
EG | Al-Wafd (newspaper) | صحيفة الوفد; جريدة الوفد |
EG | Al-Dustour (Egypt) | صحيفة الدستور المصرية; الدستور المصرية |
EG | Al-Watan (Egypt) | صحيفة الوطن المصرية; الوطن المصرية |
EG | Rose al-Yusuf | روز اليوسف; مجلة روز اليوسف; صحيفة روز اليوسف |
EG | Akhbar el-Yom | صحيفة أخبار اليوم; مؤسسة أخبار اليوم |
EG | Al-Ahram Weekly | الأهرام ويكلي |
EG | Al-Ahram Hebdo; Al-Ahram Al-Arabi | الأهرام العربي; مجلة الأهرام العربي |
EG | Al-Musawwar | مجلة المصور |
EG | October (magazine) | مجلة أكتوبر |
JO | Al Rai (Jordan) | صحيفة الرأي الأردنية; الرأي الأردنية; جريدة الرأي الأردنية |
JO | Ad-Dustour (Jordan) | صحيفة الدستور الأردنية; الدستور الأردنية |
JO | Al Ghad (Jordan) | صحيفة الغد الأردنية; الغد الأردنية |
JO | Al Arab Al Yawm | صحيفة العرب اليوم |
JO | The Jordan Times; Jordan Times | جوردان تايمز; صحيفة جوردان تايمز |
LB | Al Akhbar (Lebanon) | صحيفة الأخبار اللبنانية |
LB | Al-Liwaa | صحيفة اللواء; اللواء اللبنانية |
LB | Ad-Diyar | صحيفة الديار |
LB | Al-Mustaqbal (newspaper) | صحيفة المستقبل; المستقبل اللبنانية |
LB | Al Joumhouria (Lebanon) | صحيفة الجمهورية اللبنانية |
LB | L'Orient-Le Jour | لوريان لوجور; لوريان لو جور |
LB | The Daily Star (Lebanon) | ديلي ستار; الديلي ستار; صحيفة ديلي ستار |
SY | Tishreen (newspaper) | صحيفة تشرين; تشرين السورية |
SY | Al-Thawra (Syria) | صحيفة الثورة السورية; الثورة السورية الرسمية |
SY | Al-Baath (newspaper) | صحيفة البعث; صحيفة البعث السورية |
SY | Al-Watan (Syria) | صحيفة الوطن السورية; الوطن السورية |
SY | Enab Baladi | عنب بلدي |
IQ | Al-Sabah (Iraq) | صحيفة الصباح العراقية; الصباح العراقية |
IQ | Al-Mada (newspaper) | صحيفة المدى; المدى العراقية |
IQ | Azzaman | صحيفة الزمان; الزمان العراقية |
IQ | Al-Adala (newspaper) | صحيفة العدالة العراقية |
PS | Al-Quds (newspaper) | صحيفة القدس; جريدة القدس; صحيفة القدس المقدسية |
PS | Al-Hayat al-Jadida | صحيفة الحياة الجديدة |
PS | Al-Ayyam (Palestine) | صحيفة الأيام الفلسطينية; الأيام الفلسطينية |
PS | Palestine Information Center | المركز الفلسطيني للإعلام |
PS | Safa News Agency | وكالة صفا; وكالة صفا الفلسطينية |
YE | Al-Thawra (Yemen) | صحيفة الثورة اليمنية; الثورة اليمنية الرسمية |
YE | 26 September (newspaper) | صحيفة 26 سبتمبر |
SD | Al-Rai Al-Aam (Sudan) | صحيفة الرأي العام السودانية |
SD | Al-Sudani (newspaper) | صحيفة السوداني |
LY | Libya Al-Ahrar TV | قناة ليبيا الأحرار |
DZ | El Khabar | صحيفة الخبر; صحيفة الخبر الجزائرية; الخبر الجزائرية |
DZ | Echorouk El Yawmi; Echorouk | الشروق اليومي; صحيفة الشروق الجزائرية; الشروق الجزائرية |
DZ | El Watan (Algeria) | صحيفة الوطن الجزائرية; الوطن الجزائرية |
DZ | El Moudjahid | صحيفة المجاهد الجزائرية |
TN | Assabah (Tunisia) | صحيفة الصباح التونسية; الصباح التونسية |
TN | La Presse de Tunisie | صحيفة لابريس التونسية |
MA | Hespress | هسبريس; موقع هسبريس |
MA | Al Alam (Morocco) | صحيفة العلم المغربية; جريدة العلم |
MA | Al Massae | صحيفة المساء المغربية; جريدة المساء |
MA | Assabah (Morocco) | جريدة الصباح المغربية; الصباح المغربية |
MA | Al Ahdath Al Maghribia | جريدة الأحداث المغربية |
MA | Le Matin (Morocco); Assahra Al Maghribia | جريدة الصحراء المغربية |
GB | Al-Arab (London) | صحيفة العرب اللندنية; العرب اللندنية |
GB | Elaph | موقع إيلاف; صحيفة إيلاف |
GB | Rai al-Youm | صحيفة رأي اليوم |
- | Al-Monitor | المونيتور; موقع المونيتور |
QA | Arabi21 | عربي 21; موقع عربي 21; عربي21 |
# Media: news agencies not yet listed
LY | Libyan News Agency | وكالة الأنباء الليبية; وكالة الأنباء الليبية وال |
MR | Mauritanian News Agency | الوكالة الموريتانية للأنباء |
SO | Somali National News Agency | وكالة الأنباء الصومالية |
DJ | Djibouti News Agency | وكالة جيبوتي للأنباء |
# Universities
EG | Al-Azhar University | جامعة الأزهر; جامعة الأزهر الشريف |
EG | Cairo University | جامعة القاهرة |
EG | Ain Shams University | جامعة عين شمس |
EG | Alexandria University | جامعة الإسكندرية; جامعة الاسكندرية |
EG | Helwan University | جامعة حلوان |
EG | Assiut University | جامعة أسيوط |
EG | Mansoura University | جامعة المنصورة |
EG | American University in Cairo | الجامعة الأمريكية بالقاهرة; الجامعة الأميركية بالقاهرة; الجامعة الأمريكية في القاهرة; الجامعة الأميركية في القاهرة | AUC
LB | American University of Beirut | الجامعة الأمريكية في بيروت; الجامعة الأميركية في بيروت; الجامعة الأمريكية ببيروت; الجامعة الأميركية ببيروت | AUB
LB | Lebanese University | الجامعة اللبنانية |
LB | Saint Joseph University | جامعة القديس يوسف; الجامعة اليسوعية |
LB | Beirut Arab University | جامعة بيروت العربية |
LB | Lebanese American University | الجامعة اللبنانية الأمريكية; الجامعة اللبنانية الأميركية | LAU
JO | University of Jordan | الجامعة الأردنية |
JO | Yarmouk University | جامعة اليرموك |
JO | Jordan University of Science and Technology | جامعة العلوم والتكنولوجيا الأردنية |
SY | Damascus University | جامعة دمشق |
SY | University of Aleppo | جامعة حلب |
IQ | University of Baghdad | جامعة بغداد |
IQ | Al-Mustansiriya University | الجامعة المستنصرية |
IQ | University of Mosul | جامعة الموصل |
IQ | University of Basrah | جامعة البصرة |
IQ | Salahaddin University | جامعة صلاح الدين |
SA | King Saud University | جامعة الملك سعود |
SA | King Abdulaziz University | جامعة الملك عبدالعزيز; جامعة الملك عبد العزيز |
SA | King Abdullah University of Science and Technology | جامعة الملك عبدالله للعلوم والتقنية; جامعة الملك عبد الله للعلوم والتقنية | KAUST
SA | King Fahd University of Petroleum and Minerals | جامعة الملك فهد للبترول والمعادن |
SA | Imam Muhammad ibn Saud Islamic University | جامعة الإمام محمد بن سعود الإسلامية; جامعة الإمام محمد بن سعود |
SA | Islamic University of Madinah | الجامعة الإسلامية بالمدينة المنورة; الجامعة الإسلامية في المدينة المنورة |
SA | Umm al-Qura University | جامعة أم القرى |
SA | King Faisal University | جامعة الملك فيصل |
SA | Princess Nourah bint Abdulrahman University | جامعة الأميرة نورة بنت عبدالرحمن; جامعة الأميرة نورة |
QA | Qatar University | جامعة قطر |
QA | Hamad Bin Khalifa University | جامعة حمد بن خليفة |
QA | Georgetown University in Qatar | جامعة جورجتاون في قطر; جامعة جورج تاون في قطر |
QA | Texas A&M University at Qatar | جامعة تكساس إي أند إم في قطر |
KW | Kuwait University | جامعة الكويت |
AE | United Arab Emirates University | جامعة الإمارات العربية المتحدة; جامعة الإمارات | UAEU
AE | Zayed University | جامعة زايد |
AE | American University of Sharjah | الجامعة الأمريكية في الشارقة; الجامعة الأميركية في الشارقة |
AE | Khalifa University | جامعة خليفة |
AE | University of Sharjah | جامعة الشارقة |
AE | New York University Abu Dhabi | جامعة نيويورك أبوظبي; جامعة نيويورك في أبوظبي | NYUAD
OM | Sultan Qaboos University | جامعة السلطان قابوس |
BH | University of Bahrain | جامعة البحرين |
PS | Birzeit University | جامعة بيرزيت; جامعة بير زيت |
PS | An-Najah National University | جامعة النجاح الوطنية; جامعة النجاح |
PS | Islamic University of Gaza | الجامعة الإسلامية في غزة; الجامعة الإسلامية بغزة |
PS | Al-Quds University | جامعة القدس |
PS | Al-Azhar University – Gaza | جامعة الأزهر في غزة; جامعة الأزهر بغزة |
PS | Bethlehem University | جامعة بيت لحم |
IL | Hebrew University of Jerusalem; Hebrew University | الجامعة العبرية; الجامعة العبرية في القدس |
IL | Tel Aviv University | جامعة تل أبيب |
IL | Technion – Israel Institute of Technology; Technion | التخنيون; معهد التخنيون |
IL | Bar-Ilan University | جامعة بار إيلان |
IL | Ben-Gurion University of the Negev | جامعة بن غوريون; جامعة بن غوريون في النقب |
TN | Ez-Zitouna University; Zaytuna University | جامعة الزيتونة |
TN | University of Tunis | جامعة تونس |
TN | University of Tunis El Manar | جامعة تونس المنار |
DZ | University of Algiers | جامعة الجزائر |
MA | Mohammed V University | جامعة محمد الخامس |
MA | Al Akhawayn University | جامعة الأخوين |
MA | University of al-Qarawiyyin | جامعة القرويين |
SD | University of Khartoum | جامعة الخرطوم |
SD | Omdurman Islamic University | جامعة أم درمان الإسلامية |
YE | Sanaa University | جامعة صنعاء |
LY | University of Tripoli | جامعة طرابلس |
LY | University of Benghazi; Garyounis University | جامعة بنغازي; جامعة قاريونس |
IR | University of Tehran | جامعة طهران |
TR | Istanbul University | جامعة إسطنبول; جامعة اسطنبول |
RU | Moscow State University; Lomonosov Moscow State University | جامعة موسكو الحكومية; جامعة موسكو |
CN | Peking University | جامعة بكين |
CN | Tsinghua University | جامعة تسينغهوا; جامعة تشينغهوا |
JP | University of Tokyo | جامعة طوكيو |
FR | Sorbonne; University of Paris; Sorbonne University | السوربون; جامعة السوربون; جامعة باريس |
FR | Sciences Po | معهد العلوم السياسية في باريس; ساينس بو |
FR | École nationale d'administration | المدرسة الوطنية للإدارة الفرنسية | ENA
GB | University of Oxford; Oxford University | جامعة أكسفورد; جامعة أوكسفورد; جامعة اكسفورد |
GB | University of Cambridge; Cambridge University | جامعة كامبريدج; جامعة كمبردج; جامعة كمبريدج |
GB | London School of Economics; London School of Economics and Political Science | كلية لندن للاقتصاد; كلية لندن للاقتصاد والعلوم السياسية; مدرسة لندن للاقتصاد |
GB | SOAS University of London; School of Oriental and African Studies | معهد الدراسات الشرقية والأفريقية; كلية الدراسات الشرقية والأفريقية | SOAS
GB | University College London | كلية لندن الجامعية |
GB | King's College London | كينغز كوليدج لندن; كلية كينجز لندن |
GB | Imperial College London | إمبريال كوليدج لندن; كلية إمبريال لندن |
GB | University of Edinburgh | جامعة إدنبرة; جامعة إدنبره |
GB | University of Manchester | جامعة مانشستر |
US | Harvard University; Harvard | هارفارد; جامعة هارفارد; جامعة هارفرد |
US | Yale University | جامعة ييل; جامعة يال |
US | Princeton University | جامعة برينستون; جامعة برنستون |
US | Stanford University | جامعة ستانفورد; جامعة ستانفرد |
US | Massachusetts Institute of Technology | معهد ماساتشوستس للتكنولوجيا; معهد ماساتشوستس للتقنية; معهد ماساشوستس للتكنولوجيا; معهد ماساشوسيتس للتكنولوجيا | MIT
US | Columbia University | جامعة كولومبيا; جامعة كولومبيا الأمريكية; جامعة كولومبيا الأميركية |
US | Georgetown University | جامعة جورج تاون; جامعة جورجتاون |
US | Johns Hopkins University | جامعة جونز هوبكنز; جامعة جون هوبكنز |
US | University of California, Berkeley; UC Berkeley | جامعة كاليفورنيا في بيركلي; جامعة كاليفورنيا بيركلي; جامعة بيركلي |
US | University of California, Los Angeles | جامعة كاليفورنيا في لوس أنجلوس | UCLA
US | University of Chicago | جامعة شيكاغو |
US | New York University | جامعة نيويورك | NYU
US | California Institute of Technology; Caltech | معهد كاليفورنيا للتكنولوجيا; معهد كاليفورنيا للتقنية |
US | Cornell University | جامعة كورنيل |
US | University of Pennsylvania | جامعة بنسلفانيا |
US | Duke University | جامعة ديوك |
US | George Washington University | جامعة جورج واشنطن |
US | Boston University | جامعة بوسطن |
US | University of Michigan | جامعة ميشيغان; جامعة ميتشيغان |
US | University of Texas at Austin | جامعة تكساس في أوستن; جامعة تكساس |
CA | McGill University | جامعة ماكغيل; جامعة ماكجيل |
CA | University of Toronto | جامعة تورنتو; جامعة تورونتو |
DE | Humboldt University of Berlin | جامعة هومبولت |
IT | University of Bologna | جامعة بولونيا |
- | United Nations University | جامعة الأمم المتحدة |
# Parties and movements: Egypt and North Africa, Sudan, Libya
EG | National Progressive Unionist Party; Tagammu Party | حزب التجمع الوطني التقدمي الوحدوي; حزب التجمع التقدمي; حزب التجمع |
EG | Arab Democratic Nasserist Party | الحزب العربي الديمقراطي الناصري; الحزب الناصري |
EG | Ghad Party; El-Ghad Party | حزب الغد; حزب الغد المصري |
EG | Free Egyptians Party | حزب المصريين الأحرار |
EG | Nation's Future Party; Mostaqbal Watan | حزب مستقبل وطن |
EG | Egyptian Social Democratic Party | الحزب المصري الديمقراطي الاجتماعي |
EG | Al-Wasat Party | حزب الوسط; حزب الوسط المصري |
EG | Strong Egypt Party | حزب مصر القوية |
EG | April 6 Youth Movement; April 6 Movement | حركة 6 أبريل; حركة شباب 6 أبريل; حركة السادس من أبريل |
EG | Tamarod | حركة تمرد |
EG | Hasm movement | حركة حسم |
EG | Egyptian House of Representatives; Egyptian Parliament | مجلس النواب المصري; البرلمان المصري |
EG | People's Assembly of Egypt; Egyptian People's Assembly | مجلس الشعب المصري |
EG | Shura Council (Egypt); Egyptian Shura Council | مجلس الشورى المصري |
EG | Egyptian Senate | مجلس الشيوخ المصري |
EG | Supreme Constitutional Court (Egypt) | المحكمة الدستورية العليا في مصر; المحكمة الدستورية العليا المصرية |
EG | General Intelligence Directorate (Egypt); Egyptian General Intelligence Service | المخابرات العامة المصرية; جهاز المخابرات العامة المصرية; جهاز المخابرات المصري |
MA | Authenticity and Modernity Party | حزب الأصالة والمعاصرة |
MA | National Rally of Independents | حزب التجمع الوطني للأحرار; التجمع الوطني للأحرار | RNI
MA | Socialist Union of Popular Forces | حزب الاتحاد الاشتراكي للقوات الشعبية; الاتحاد الاشتراكي للقوات الشعبية | USFP
MA | Party of Progress and Socialism | حزب التقدم والاشتراكية |
MA | Popular Movement (Morocco) | حزب الحركة الشعبية المغربي |
MA | Justice and Spirituality; Al Adl Wal Ihssane | جماعة العدل والإحسان |
MA | Parliament of Morocco; Moroccan House of Representatives | مجلس النواب المغربي; البرلمان المغربي |
DZ | National Rally for Democracy | حزب التجمع الوطني الديمقراطي; التجمع الوطني الديمقراطي | RND
DZ | Movement of Society for Peace | حركة مجتمع السلم |
DZ | Socialist Forces Front | جبهة القوى الاشتراكية | FFS
DZ | Rally for Culture and Democracy | التجمع من أجل الثقافة والديمقراطية | RCD
DZ | Workers' Party (Algeria) | حزب العمال الجزائري |
DZ | People's National Army (Algeria); Algerian Army | الجيش الوطني الشعبي الجزائري; الجيش الجزائري |
DZ | Parliament of Algeria; People's National Assembly (Algeria) | المجلس الشعبي الوطني الجزائري; البرلمان الجزائري |
TN | Constitutional Democratic Rally | التجمع الدستوري الديمقراطي; حزب التجمع الدستوري الديمقراطي |
TN | Ettakatol; Democratic Forum for Labour and Liberties | التكتل الديمقراطي من أجل العمل والحريات; حزب التكتل |
TN | Congress for the Republic | حزب المؤتمر من أجل الجمهورية; المؤتمر من أجل الجمهورية |
TN | Free Destourian Party | الحزب الدستوري الحر |
TN | Qalb Tounes; Heart of Tunisia | حزب قلب تونس; قلب تونس |
TN | Tahya Tounes | حزب تحيا تونس |
TN | Assembly of the Representatives of the People | مجلس نواب الشعب التونسي; البرلمان التونسي |
LY | Justice and Construction Party | حزب العدالة والبناء |
LY | National Forces Alliance | تحالف القوى الوطنية |
LY | General National Congress | المؤتمر الوطني العام; المؤتمر الوطني العام الليبي |
LY | House of Representatives (Libya); Libyan House of Representatives | مجلس النواب الليبي; البرلمان الليبي |
LY | High Council of State (Libya) | المجلس الأعلى للدولة الليبي; المجلس الأعلى للدولة في ليبيا |
LY | Libyan Islamic Fighting Group | الجماعة الإسلامية المقاتلة; الجماعة الليبية المقاتلة; الجماعة الإسلامية الليبية المقاتلة | LIFG
- | Ansar al-Sharia | أنصار الشريعة; تنظيم أنصار الشريعة; جماعة أنصار الشريعة |
SD | National Umma Party; Umma Party | حزب الأمة القومي; حزب الأمة السوداني |
SD | Democratic Unionist Party (Sudan) | الحزب الاتحادي الديمقراطي; الحزب الاتحادي الديمقراطي الأصل |
SD | Popular Congress Party | حزب المؤتمر الشعبي; المؤتمر الشعبي السوداني |
SD | Sudanese Communist Party | الحزب الشيوعي السوداني |
SD | Forces of Freedom and Change | قوى الحرية والتغيير; قوى إعلان الحرية والتغيير |
SD | Sudanese Professionals Association | تجمع المهنيين السودانيين |
SD | Sudan Liberation Movement/Army; Sudan Liberation Movement | حركة تحرير السودان; حركة وجيش تحرير السودان | SLM
SD | Sudan People's Liberation Movement–North | الحركة الشعبية لتحرير السودان شمال; الحركة الشعبية قطاع الشمال | SPLM-N
SS | Sudan People's Liberation Army | الجيش الشعبي لتحرير السودان | SPLA
SD | Sovereignty Council of Sudan; Transitional Sovereignty Council | مجلس السيادة السوداني; مجلس السيادة الانتقالي |
MR | Union for the Republic (Mauritania); El Insaf | حزب الاتحاد من أجل الجمهورية |
# Parties and movements: the Levant, Iraq, the Gulf, Yemen
PS | Palestinian National Council | المجلس الوطني الفلسطيني | PNC
PS | Palestinian Legislative Council | المجلس التشريعي الفلسطيني |
PS | Palestinian National Initiative; Al-Mubadara | المبادرة الوطنية الفلسطينية; حركة المبادرة الوطنية الفلسطينية |
PS | Palestinian People's Party | حزب الشعب الفلسطيني |
PS | Popular Front for the Liberation of Palestine – General Command | الجبهة الشعبية لتحرير فلسطين القيادة العامة; الجبهة الشعبية القيادة العامة; الجبهة الشعبية - القيادة العامة | PFLP-GC
PS | As-Sa'iqa; Vanguard for the Popular Liberation War | منظمة الصاعقة; طلائع حرب التحرير الشعبية |
PS | Palestinian Liberation Front | جبهة التحرير الفلسطينية | PLF
PS | Palestinian Preventive Security; Preventive Security Service | جهاز الأمن الوقائي الفلسطيني; الأمن الوقائي الفلسطيني; جهاز الأمن الوقائي |
PS | Palestinian General Intelligence Service | جهاز المخابرات العامة الفلسطينية; المخابرات الفلسطينية |
LB | Marada Movement | تيار المردة |
LB | Lebanese Communist Party | الحزب الشيوعي اللبناني |
LB | Lebanese Democratic Party | الحزب الديمقراطي اللبناني |
LB | Armenian Revolutionary Federation; Tashnag | حزب الطاشناق; الطاشناق |
LB | Al-Ahbash; Association of Islamic Charitable Projects | جمعية المشاريع الخيرية الإسلامية |
LB | Parliament of Lebanon; Lebanese Parliament | مجلس النواب اللبناني; البرلمان اللبناني |
LB | Lebanese Internal Security Forces; Internal Security Forces | قوى الأمن الداخلي اللبناني |
LB | General Directorate of General Security (Lebanon); Lebanese General Security | الأمن العام اللبناني |
SY | Syrian National Council | المجلس الوطني السوري |
SY | Kurdish National Council | المجلس الوطني الكردي; المجلس الوطني الكردي السوري | KNC
SY | People's Assembly of Syria; Syrian People's Assembly; Syrian parliament | مجلس الشعب السوري; البرلمان السوري |
SY | Faylaq al-Rahman | فيلق الرحمن |
SY | Nour al-Din al-Zenki Movement | حركة نور الدين الزنكي; حركة نور الدين زنكي |
SY | Hurras al-Din | تنظيم حراس الدين; حراس الدين |
SY | Jaish al-Fatah; Army of Conquest | جيش الفتح |
SY | Liwa al-Quds | لواء القدس |
SY | Syrian Interim Government | الحكومة السورية المؤقتة |
SY | Syrian Salvation Government | حكومة الإنقاذ السورية |
SY | Autonomous Administration of North and East Syria; Rojava administration | الإدارة الذاتية لشمال وشرق سوريا; الإدارة الذاتية الكردية; الإدارة الذاتية لشمال وشرق سورية |
SY | Syrian Air Force Intelligence; Air Force Intelligence Directorate | المخابرات الجوية السورية; إدارة المخابرات الجوية |
IQ | Iraqi National Accord | حركة الوفاق الوطني العراقي; الوفاق الوطني العراقي |
IQ | Iraqi National Congress | المؤتمر الوطني العراقي |
IQ | Iraqiya List | القائمة العراقية; ائتلاف العراقية; الكتلة العراقية |
IQ | United Iraqi Alliance | الائتلاف العراقي الموحد |
IQ | Iraqi Accord Front; Tawafuq | جبهة التوافق العراقية; جبهة التوافق |
IQ | Sairoon; Alliance Towards Reforms | تحالف سائرون |
IQ | Fatah Alliance; Conquest Alliance | تحالف الفتح |
IQ | National Wisdom Movement; Hikma | تيار الحكمة الوطني; تيار الحكمة |
IQ | Iraqi Communist Party | الحزب الشيوعي العراقي |
IQ | Gorran Movement; Movement for Change | حركة التغيير الكردية; حركة كوران; حركة گوران |
IQ | Council of Representatives of Iraq; Iraqi Parliament | مجلس النواب العراقي; البرلمان العراقي |
IQ | Kurdistan Regional Government | حكومة إقليم كردستان; حكومة إقليم كردستان العراق | KRG
IQ | Kurdistan Region Parliament; Kurdistan Parliament | برلمان إقليم كردستان; برلمان كردستان |
IQ | Iraqi Counter Terrorism Service | جهاز مكافحة الإرهاب العراقي; قوات مكافحة الإرهاب العراقية |
IQ | Awakening Councils; Sons of Iraq; Sahwa | مجالس الصحوة; قوات الصحوة |
IQ | Jaysh al-Mujahideen; Islamic Army in Iraq | الجيش الإسلامي في العراق |
IQ | Ansar al-Sunna; Ansar al-Islam | جماعة أنصار السنة; أنصار السنة; جماعة أنصار الإسلام; أنصار الإسلام |
IQ | Naqshbandi Army | جيش رجال الطريقة النقشبندية; جيش الطريقة النقشبندية |
JO | Parliament of Jordan; Jordanian House of Representatives | مجلس النواب الأردني; البرلمان الأردني |
JO | Jordanian Armed Forces; Arab Army | القوات المسلحة الأردنية; الجيش العربي الأردني; الجيش الأردني |
JO | General Intelligence Directorate (Jordan) | دائرة المخابرات العامة الأردنية; المخابرات الأردنية |
KW | National Assembly of Kuwait; Kuwaiti National Assembly; Kuwaiti parliament | مجلس الأمة الكويتي; البرلمان الكويتي |
KW | Islamic Constitutional Movement | الحركة الدستورية الإسلامية |
QA | Shura Council of Qatar; Qatari Shura Council | مجلس الشورى القطري |
SA | Consultative Assembly of Saudi Arabia; Saudi Shura Council | مجلس الشورى السعودي |
SA | Royal Saudi Air Force | القوات الجوية الملكية السعودية |
SA | Saudi Arabian National Guard | الحرس الوطني السعودي |
SA | General Intelligence Presidency (Saudi Arabia) | رئاسة الاستخبارات العامة السعودية; الاستخبارات السعودية |
BH | National Democratic Action Society; Waad | جمعية العمل الوطني الديمقراطي; جمعية وعد |
BH | Council of Representatives of Bahrain; Bahraini parliament | مجلس النواب البحريني; البرلمان البحريني |
OM | Council of Oman; Majlis Ash'shura (Oman) | مجلس الشورى العماني; مجلس عمان |
AE | Federal National Council | المجلس الوطني الاتحادي |
YE | Yemeni Socialist Party | الحزب الاشتراكي اليمني |
YE | Southern Movement | الحراك الجنوبي; الحراك الجنوبي اليمني; الحراك السلمي الجنوبي |
YE | Presidential Leadership Council | مجلس القيادة الرئاسي; مجلس القيادة الرئاسي اليمني |
# Parties and institutions: Iran, Turkey, Israel
IR | Islamic Consultative Assembly; Majlis of Iran; Iranian parliament | مجلس الشورى الإسلامي; مجلس الشورى الإيراني; البرلمان الإيراني |
IR | Guardian Council | مجلس صيانة الدستور; مجلس صيانة الدستور الإيراني |
IR | Assembly of Experts | مجلس خبراء القيادة; مجلس الخبراء الإيراني |
IR | Expediency Discernment Council; Expediency Council | مجمع تشخيص مصلحة النظام |
IR | Supreme National Security Council (Iran) | المجلس الأعلى للأمن القومي الإيراني |
IR | Atomic Energy Organization of Iran | منظمة الطاقة الذرية الإيرانية | AEOI
IR | Ministry of Intelligence (Iran) | وزارة الاستخبارات الإيرانية; وزارة الأمن الإيراني | VAJA
IR | Islamic Republic of Iran Army; Artesh | الجيش الإيراني |
IR | Combatant Clergy Association | جمعية علماء الدين المجاهدين; جامعة روحانيت مبارز |
IR | Islamic Iran Participation Front | جبهة المشاركة الإسلامية; جبهة المشاركة الإيرانية |
IR | Kurdistan Free Life Party | حزب الحياة الحرة الكردستاني | PJAK
IR | Jaish al-Adl | جيش العدل; جماعة جيش العدل |
IR | Jundallah (Iran) | جماعة جند الله; تنظيم جند الله |
IR | Liwa Fatemiyoun; Fatemiyoun Brigade | لواء فاطميون; لواء الفاطميون |
IR | Liwa Zainebiyoun; Zainabiyoun Brigade | لواء زينبيون; لواء الزينبيون |
TR | Grand National Assembly of Turkey; Turkish Parliament | البرلمان التركي; مجلس الأمة التركي الكبير; الجمعية الوطنية التركية الكبرى | TBMM
TR | Good Party; İYİ Party; IYI Party | حزب الجيد; الحزب الجيد |
TR | Felicity Party; Saadet Party | حزب السعادة; حزب السعادة التركي |
TR | Democracy and Progress Party; DEVA Party | حزب الديمقراطية والتقدم; حزب دواء |
TR | Gülen movement; Gulen movement; Hizmet | حركة غولن; جماعة غولن; حركة الخدمة; منظمة فتح الله غولن; جماعة فتح الله غولن | FETO
TR | National Intelligence Organization (Turkey); Turkish intelligence | جهاز الاستخبارات التركي; جهاز المخابرات التركي; الاستخبارات التركية; المخابرات التركية |
TR | Grey Wolves | الذئاب الرمادية |
TR | Virtue Party | حزب الفضيلة التركي |
IQ | Islamic Virtue Party; Fadhila Party | حزب الفضيلة الإسلامي; حزب الفضيلة الإسلامي العراقي |
TR | Welfare Party | حزب الرفاه; حزب الرفاه التركي |
IL | Meretz | ميرتس; حزب ميرتس |
IL | Blue and White (alliance) | تحالف أزرق أبيض; حزب أزرق أبيض |
IL | The Jewish Home; Jewish Home | البيت اليهودي; حزب البيت اليهودي |
IL | United Torah Judaism | يهدوت هتوراه; حزب يهدوت هتوراه |
IL | Religious Zionist Party | حزب الصهيونية الدينية; الصهيونية الدينية |
IL | Otzma Yehudit; Jewish Power | عوتسما يهوديت; حزب القوة اليهودية |
IL | National Unity (Israel) | حزب المعسكر الرسمي; المعسكر الرسمي; حزب الوحدة الوطنية الإسرائيلي |
IL | Kulanu | كولانو; حزب كولانو |
IL | Joint List | القائمة المشتركة; القائمة العربية المشتركة |
IL | United Arab List | القائمة العربية الموحدة |
IL | Hadash | الجبهة الديمقراطية للسلام والمساواة; حداش |
IL | Balad (political party); National Democratic Assembly (Israel) | حزب التجمع الوطني الديمقراطي الفلسطيني; حزب بلد |
IL | Jewish Agency for Israel; Jewish Agency | الوكالة اليهودية; الوكالة اليهودية من أجل إسرائيل |
IL | Histadrut | الهستدروت; اتحاد نقابات العمال الإسرائيلي |
IL | Supreme Court of Israel; Israeli Supreme Court | المحكمة العليا الإسرائيلية |
IL | Israeli Air Force | سلاح الجو الإسرائيلي; القوات الجوية الإسرائيلية |
IL | Israel Police | الشرطة الإسرائيلية |
IL | Israel Border Police; Magav | حرس الحدود الإسرائيلي |
IL | Military Intelligence Directorate (Israel) | شعبة الاستخبارات العسكرية الإسرائيلية; الاستخبارات العسكرية الإسرائيلية |
IL | Israel Prison Service | مصلحة السجون الإسرائيلية |
IL | Peace Now | حركة السلام الآن |
IL | B'Tselem | بتسيلم; منظمة بتسيلم |
IL | Yesha Council | مجلس المستوطنات; مجلس مستوطنات الضفة |
US | American Israel Public Affairs Committee | لجنة الشؤون العامة الأمريكية الإسرائيلية; لجنة الشؤون العامة الأميركية الإسرائيلية; أيباك; منظمة أيباك | AIPAC
US | J Street | جي ستريت; منظمة جي ستريت |
US | Anti-Defamation League | رابطة مكافحة التشهير | ADL
US | Council on American–Islamic Relations | مجلس العلاقات الأمريكية الإسلامية; مجلس العلاقات الأميركية الإسلامية | CAIR
# Parties: Europe and the world
DE | Christian Democratic Union; Christian Democratic Union of Germany | الاتحاد الديمقراطي المسيحي; الحزب الديمقراطي المسيحي الألماني; الاتحاد المسيحي الديمقراطي | CDU
DE | Christian Social Union in Bavaria; Christian Social Union | الاتحاد الاجتماعي المسيحي; الحزب الاجتماعي المسيحي البافاري | CSU
DE | Social Democratic Party of Germany | الحزب الاشتراكي الديمقراطي الألماني; الحزب الديمقراطي الاجتماعي الألماني | SPD
DE | Free Democratic Party (Germany) | الحزب الديمقراطي الحر الألماني | FDP
DE | Alliance 90/The Greens; German Greens | حزب الخضر الألماني |
DE | Alternative for Germany | حزب البديل من أجل ألمانيا; البديل من أجل ألمانيا; حزب البديل لألمانيا |
DE | The Left (Germany); Die Linke | حزب اليسار الألماني |
DE | Bundestag | البوندستاغ; البوندستاج; البرلمان الألماني |
DE | Bundeswehr | الجيش الألماني |
DE | Federal Intelligence Service (Germany) | جهاز الاستخبارات الألماني | BND
FR | Socialist Party (France) | الحزب الاشتراكي الفرنسي |
FR | The Republicans (France); Les Républicains | حزب الجمهوريون الفرنسي; حزب الجمهوريين الفرنسي |
FR | Union for a Popular Movement | الاتحاد من أجل حركة شعبية; حزب الاتحاد من أجل حركة شعبية | UMP
FR | National Rally; National Front (France); Rassemblement National; Front National | الجبهة الوطنية الفرنسية; حزب الجبهة الوطنية الفرنسي; حزب التجمع الوطني الفرنسي; التجمع الوطني الفرنسي |
FR | Renaissance (French party); La République En Marche | حزب الجمهورية إلى الأمام; الجمهورية إلى الأمام |
FR | La France Insoumise | حزب فرنسا الأبية; فرنسا الأبية |
FR | National Assembly (France); French National Assembly | الجمعية الوطنية الفرنسية; البرلمان الفرنسي |
FR | French Armed Forces; French Army | القوات الفرنسية; الجيش الفرنسي |
FR | Directorate-General for External Security | المديرية العامة للأمن الخارجي الفرنسي | DGSE
GB | Liberal Democrats (UK) | حزب الديمقراطيين الأحرار; حزب الأحرار الديمقراطيين |
GB | Scottish National Party | الحزب القومي الاسكتلندي; الحزب الوطني الاسكتلندي | SNP
GB | UK Independence Party | حزب الاستقلال البريطاني; حزب استقلال المملكة المتحدة | UKIP
GB | Sinn Féin; Sinn Fein | شين فين; حزب شين فين |
GB | Democratic Unionist Party | الحزب الديمقراطي الوحدوي | DUP
GB | Parliament of the United Kingdom; British Parliament | البرلمان البريطاني |
GB | House of Commons | مجلس العموم البريطاني; مجلس العموم |
GB | House of Lords | مجلس اللوردات; مجلس اللوردات البريطاني |
GB | Secret Intelligence Service | جهاز الاستخبارات البريطاني الخارجي; جهاز الاستخبارات الخارجية البريطانية | MI6
GB | Security Service (UK) | جهاز الأمن الداخلي البريطاني; جهاز الاستخبارات الداخلية البريطانية | MI5
GB | Metropolitan Police; Scotland Yard | سكوتلاند يارد; شرطة العاصمة البريطانية; شرطة لندن |
GB | British Armed Forces; British Army | القوات البريطانية; الجيش البريطاني |
GB | Foreign, Commonwealth and Development Office; British Foreign Office; Foreign Office | وزارة الخارجية البريطانية; الخارجية البريطانية |
IT | Forza Italia | فورزا إيطاليا; حزب فورزا إيطاليا; حزب إلى الأمام إيطاليا |
IT | Democratic Party (Italy) | الحزب الديمقراطي الإيطالي |
IT | Lega; Northern League; Lega Nord | حزب الرابطة الإيطالي; رابطة الشمال; حزب رابطة الشمال |
IT | Five Star Movement | حركة خمس نجوم; حركة النجوم الخمس |
IT | Brothers of Italy | حزب إخوة إيطاليا; إخوة إيطاليا; حزب إخوان إيطاليا |
ES | Spanish Socialist Workers' Party | الحزب الاشتراكي العمالي الإسباني; الحزب الاشتراكي الإسباني | PSOE
ES | People's Party (Spain) | الحزب الشعبي الإسباني |
ES | Podemos | بوديموس; حزب بوديموس |
ES | Euskadi Ta Askatasuna | منظمة إيتا; إيتا الانفصالية; منظمة إيتا الانفصالية | ETA
NL | Party for Freedom (Netherlands) | حزب من أجل الحرية الهولندي; حزب الحرية الهولندي | PVV
AT | Freedom Party of Austria | حزب الحرية النمساوي | FPÖ
GR | Syriza | سيريزا; حزب سيريزا |
GR | New Democracy (Greece) | حزب الديمقراطية الجديدة اليوناني |
RU | United Russia | حزب روسيا الموحدة; روسيا الموحدة |
RU | Communist Party of the Russian Federation | الحزب الشيوعي الروسي |
RU | State Duma | مجلس الدوما; الدوما; الدوما الروسي; مجلس النواب الروسي |
RU | Federation Council (Russia) | مجلس الاتحاد الروسي |
RU | Federal Security Service | جهاز الأمن الفيدرالي الروسي; الأمن الفيدرالي الروسي | FSB
SU | Committee for State Security | المخابرات السوفيتية; المخابرات السوفياتية; كي جي بي | KGB
RU | Main Intelligence Directorate | الاستخبارات العسكرية الروسية | GRU
RU | Foreign Intelligence Service (Russia) | جهاز الاستخبارات الخارجية الروسي | SVR
SU | Communist Party of the Soviet Union | الحزب الشيوعي السوفيتي; الحزب الشيوعي السوفياتي | CPSU
SU | Red Army; Soviet Army | الجيش الأحمر; الجيش السوفيتي; الجيش السوفياتي |
CN | Chinese Communist Party; Communist Party of China | الحزب الشيوعي الصيني | CCP
CN | People's Liberation Army | جيش التحرير الشعبي الصيني; الجيش الصيني | PLA
CN | National People's Congress | المجلس الوطني لنواب الشعب الصيني; مجلس نواب الشعب الصيني |
KP | Workers' Party of Korea | حزب العمال الكوري |
IN | Indian National Congress; Congress Party (India) | حزب المؤتمر الهندي; حزب المؤتمر الوطني الهندي |
IN | Bharatiya Janata Party | حزب بهاراتيا جاناتا; حزب بهاراتيا جانتا | BJP
PK | Pakistan Peoples Party | حزب الشعب الباكستاني | PPP
PK | Pakistan Muslim League (N) | حزب الرابطة الإسلامية الباكستانية; الرابطة الإسلامية الباكستانية جناح نواز | PML-N
PK | Pakistan Tehreek-e-Insaf | حركة الإنصاف الباكستانية; حزب حركة الإنصاف |
PK | Jamaat-e-Islami (Pakistan) | الجماعة الإسلامية الباكستانية |
PK | Inter-Services Intelligence | الاستخبارات الباكستانية; جهاز الاستخبارات الباكستاني | ISI
PK | Tehrik-i-Taliban Pakistan; Pakistani Taliban | حركة طالبان باكستان; طالبان باكستان | TTP
PK | Lashkar-e-Taiba | عسكر طيبة; جماعة عسكر طيبة |
PK | Jaish-e-Mohammed | جيش محمد; جماعة جيش محمد |
AF | Haqqani network | شبكة حقاني |
AF | Northern Alliance | تحالف الشمال |
AF | Islamic State – Khorasan Province | ولاية خراسان; تنظيم الدولة ولاية خراسان | ISKP; ISIS-K
ZA | African National Congress | المؤتمر الوطني الأفريقي; المؤتمر الوطني الإفريقي | ANC
GB | Irish Republican Army | الجيش الجمهوري الأيرلندي; الجيش الجمهوري الإيرلندي | IRA
CO | Revolutionary Armed Forces of Colombia | القوات المسلحة الثورية الكولومبية; فارك | FARC
LK | Liberation Tigers of Tamil Eelam; Tamil Tigers | نمور التاميل; جبهة نمور تحرير تاميل إيلام | LTTE
PH | Abu Sayyaf | جماعة أبو سياف |
PH | Moro Islamic Liberation Front | جبهة مورو الإسلامية للتحرير | MILF
ID | Jemaah Islamiyah (Southeast Asia) | الجماعة الإسلامية في جنوب شرق آسيا; الجماعة الإسلامية الإندونيسية |
- | Islamic State – West Africa Province | ولاية غرب أفريقيا; ولاية غرب إفريقيا | ISWAP
ML | Ansar Dine | جماعة أنصار الدين |
ML | Jama'at Nasr al-Islam wal Muslimin | جماعة نصرة الإسلام والمسلمين | JNIM
# Governments and institutions named on their own: the United States and others
US | United States Senate; US Senate; U.S. Senate | مجلس الشيوخ الأمريكي; مجلس الشيوخ الأميركي |
US | United States House of Representatives; US House of Representatives; U.S. House of Representatives | مجلس النواب الأمريكي; مجلس النواب الأميركي |
US | Supreme Court of the United States; US Supreme Court; U.S. Supreme Court | المحكمة العليا الأمريكية; المحكمة العليا الأميركية |
US | United States Department of the Treasury; US Treasury; U.S. Treasury; Treasury Department | وزارة الخزانة الأمريكية; وزارة الخزانة الأميركية; الخزانة الأمريكية; الخزانة الأميركية |
US | United States Department of Justice; US Justice Department; U.S. Justice Department | وزارة العدل الأمريكية; وزارة العدل الأميركية |
US | United States Department of Homeland Security; Department of Homeland Security | وزارة الأمن الداخلي الأمريكية; وزارة الأمن الداخلي الأميركية | DHS
US | United States National Security Council; US National Security Council | مجلس الأمن القومي الأمريكي; مجلس الأمن القومي الأميركي |
US | National Security Agency | وكالة الأمن القومي الأمريكية; وكالة الأمن القومي الأميركية; وكالة الأمن القومي | NSA
US | National Aeronautics and Space Administration | ناسا; وكالة ناسا; وكالة الفضاء الأمريكية; وكالة الفضاء الأميركية; وكالة الفضاء والطيران الأمريكية | NASA
US | United States Agency for International Development | الوكالة الأمريكية للتنمية الدولية; الوكالة الأميركية للتنمية الدولية | USAID
US | United States Central Command | القيادة المركزية الأمريكية; القيادة المركزية الأميركية; القيادة المركزية للجيش الأمريكي | CENTCOM
US | United States Marine Corps; US Marines | مشاة البحرية الأمريكية; مشاة البحرية الأميركية; قوات المارينز; المارينز |
US | United States Navy; US Navy; U.S. Navy | البحرية الأمريكية; البحرية الأميركية |
US | United States Air Force; US Air Force; U.S. Air Force | سلاح الجو الأمريكي; سلاح الجو الأميركي; القوات الجوية الأمريكية; القوات الجوية الأميركية | USAF
US | Drug Enforcement Administration | إدارة مكافحة المخدرات الأمريكية; إدارة مكافحة المخدرات الأميركية | DEA
US | Federal Aviation Administration | إدارة الطيران الفيدرالية الأمريكية; إدارة الطيران الفدرالية الأميركية | FAA
US | Food and Drug Administration | إدارة الغذاء والدواء الأمريكية; إدارة الغذاء والدواء الأميركية; هيئة الغذاء والدواء الأمريكية | FDA
US | Centers for Disease Control and Prevention | مراكز مكافحة الأمراض والوقاية منها; المراكز الأمريكية لمكافحة الأمراض والوقاية منها; مراكز السيطرة على الأمراض | CDC
US | Securities and Exchange Commission | هيئة الأوراق المالية والبورصات الأمريكية; لجنة الأوراق المالية والبورصات الأمريكية | SEC
US | Office of Foreign Assets Control | مكتب مراقبة الأصول الأجنبية | OFAC
GB | 10 Downing Street; Downing Street | داونينغ ستريت; داوننغ ستريت; مقر رئاسة الحكومة البريطانية |
FR | Quai d'Orsay; French Foreign Ministry | وزارة الخارجية الفرنسية; الخارجية الفرنسية |
RU | Ministry of Foreign Affairs of Russia; Russian Foreign Ministry | وزارة الخارجية الروسية; الخارجية الروسية |
CN | Ministry of Foreign Affairs of China; Chinese Foreign Ministry | وزارة الخارجية الصينية; الخارجية الصينية |
IR | Ministry of Foreign Affairs of Iran; Iranian Foreign Ministry | وزارة الخارجية الإيرانية; الخارجية الإيرانية |
TR | Ministry of Foreign Affairs of Turkey; Turkish Foreign Ministry | وزارة الخارجية التركية; الخارجية التركية |
IL | Ministry of Foreign Affairs of Israel; Israeli Foreign Ministry | وزارة الخارجية الإسرائيلية; الخارجية الإسرائيلية |
EG | Ministry of Foreign Affairs of Egypt; Egyptian Foreign Ministry | وزارة الخارجية المصرية; الخارجية المصرية |
SA | Ministry of Foreign Affairs of Saudi Arabia; Saudi Foreign Ministry | وزارة الخارجية السعودية; الخارجية السعودية |
QA | Ministry of Foreign Affairs of Qatar; Qatari Foreign Ministry | وزارة الخارجية القطرية; الخارجية القطرية |
RU | Ministry of Defence of Russia; Russian Defence Ministry; Russian Defense Ministry | وزارة الدفاع الروسية; الدفاع الروسية |
IL | Ministry of Defense of Israel; Israeli Defense Ministry | وزارة الدفاع الإسرائيلية |
GB | Ministry of Defence (UK); British Ministry of Defence | وزارة الدفاع البريطانية |
TR | Ministry of National Defense of Turkey; Turkish Defense Ministry | وزارة الدفاع التركية |
# Companies: more majors news names
US | Walt Disney Company; Disney | ديزني; شركة ديزني |
US | Time Warner; Warner Bros. | تايم وارنر; وارنر براذرز |
US | News Corporation; News Corp | نيوز كورب; نيوز كوربوريشن; مؤسسة نيوز كورب |
US | Enron | إنرون; شركة إنرون |
US | Pratt & Whitney | برات آند ويتني |
US | Bechtel | بكتل; شركة بكتل |
US | Kellogg Brown & Root | كيه بي آر | KBR
- | Maersk; A.P. Moller–Maersk | ميرسك; شركة ميرسك |
FR | CMA CGM | سي إم إيه سي جي إم |
CH | Mediterranean Shipping Company | شركة البحر المتوسط للشحن | MSC
FR | Alstom | ألستوم; شركة ألستوم |
FR | Vinci SA | مجموعة فينشي; شركة فينشي |
FR | Lafarge; LafargeHolcim; Holcim | لافارج; شركة لافارج; لافارج هولسيم |
FR | Areva | أريفا; شركة أريفا |
FR | Électricité de France | كهرباء فرنسا | EDF
FR | Engie; GDF Suez | شركة إنجي; جي دي إف سويز |
DE | ThyssenKrupp | تيسن كروب; تيسنكروب |
DE | Allianz | أليانز; مجموعة أليانز |
KR | Daewoo | دايو; دايوو; شركة دايو |
IN | Reliance Industries | ريلاينس للصناعات; ريلاينس |
US | McKinsey & Company | شركة ماكنزي; شركة ماكينزي |
GB | PricewaterhouseCoopers; PwC | برايس ووترهاوس كوبرز | PWC
GB | Ernst & Young | إرنست ويونغ; إرنست آند يونغ |
NL | KPMG | كي بي إم جي |
GB | Deloitte | ديلويت |
US | Moody's; Moody's Investors Service | موديز; وكالة موديز; وكالة موديز للتصنيف الائتماني |
US | Standard & Poor's; S&P Global Ratings | ستاندرد آند بورز; ستاندرد أند بورز; وكالة ستاندرد آند بورز |
US | Fitch Ratings | فيتش; وكالة فيتش; وكالة فيتش للتصنيف الائتماني |
EG | Arab Contractors | المقاولون العرب; شركة المقاولون العرب |
EG | Talaat Moustafa Group | مجموعة طلعت مصطفى |
EG | Egyptian General Authority for Investment | الهيئة العامة للاستثمار والمناطق الحرة |
LB | Électricité du Liban | مؤسسة كهرباء لبنان; كهرباء لبنان |
QA | Qatar Electricity and Water Company; Kahramaa | كهرماء; المؤسسة العامة القطرية للكهرباء والماء; شركة الكهرباء والماء القطرية |
QA | Aspire Academy; Aspire Zone Foundation | أكاديمية أسباير; أسباير |
QA | Qatar Museums | متاحف قطر; هيئة متاحف قطر |
QA | Hamad Medical Corporation | مؤسسة حمد الطبية |
AE | Dubai Holding | دبي القابضة |
AE | Abu Dhabi National Energy Company | شركة أبوظبي الوطنية للطاقة | TAQA
"""

# Football clubs. A club keeps off its names every name of a place or an ordinary word (the city keeps برشلونة,
# ميلان, Benfica's Lisbon); those go in the last column, sports names: the club goes by them in sports news,
# and they link it only beside sports words (مباراة, الدوري, فاز …), where the city or word is not meant.
# A sports name two clubs share is listed for both, and ranking (country named in the text) picks one.
# country | English names (display name first) | Arabic names | aliases in capitals | sports names
CLUBS = """
ES | Real Madrid; Real Madrid CF | ريال مدريد; نادي ريال مدريد | - | -
ES | FC Barcelona; Barça | نادي برشلونة; برشلونة الإسباني | - | Barcelona; برشلونة
ES | RCD Espanyol; Espanyol | إسبانيول; اسبانيول | - | -
ES | Atlético Madrid; Atletico Madrid; Atlético de Madrid | أتلتيكو مدريد; أتلتيكو مدريد الإسباني | - | -
ES | Valencia CF | نادي فالنسيا; فالنسيا الإسباني | - | Valencia; فالنسيا; فالنسيه
ES | Sevilla FC | نادي إشبيلية; إشبيلية الإسباني | - | Sevilla; إشبيلية; اشبيلية
ES | Villarreal CF | فياريال; نادي فياريال | - | -
ES | Deportivo de La Coruña; Deportivo La Coruna | ديبورتيفو لاكورونيا; ديبورتيفو | - | -
GB | Manchester United; Man United | مانشستر يونايتد; نادي مانشستر يونايتد | - | Manchester; مانشستر
GB | Manchester City; Man City | مانشستر سيتي; نادي مانشستر سيتي | - | -
GB | Liverpool FC; Liverpool F.C. | نادي ليفربول; ليفربول الإنجليزي | - | Liverpool; ليفربول
GB | Chelsea FC; Chelsea F.C. | نادي تشيلسي; تشيلسي الإنجليزي; تشلسي الإنجليزي | - | Chelsea; تشيلسي; تشلسي
GB | Arsenal FC; Arsenal F.C. | آرسنال; أرسنال; الآرسنال; الأرسنال; نادي آرسنال | - | -
GB | Tottenham Hotspur | توتنهام هوتسبير; نادي توتنهام | - | Tottenham; توتنهام
GB | Newcastle United | نيوكاسل يونايتد | - | Newcastle; نيوكاسل
GB | Fulham FC; Fulham F.C. | فولهام; نادي فولهام | - | -
GB | Everton FC; Everton F.C. | إيفرتون; نادي إيفرتون | - | -
GB | Aston Villa | أستون فيلا | - | -
GB | Celtic FC; Celtic F.C. | سلتيك; سيلتك; نادي سلتيك | - | -
IT | Juventus | يوفنتوس; جوفنتوس; نادي يوفنتوس | - | -
IT | AC Milan; A.C. Milan | إيه سي ميلان; نادي ميلان; ميلان الإيطالي | - | Milan; ميلان
IT | Inter Milan; Internazionale | إنتر ميلان; الإنتر; إنتر ميلانو | - | -
IT | AS Roma; A.S. Roma | نادي روما; روما الإيطالي | - | Roma; روما
IT | SS Lazio; S.S. Lazio | لاتسيو; نادي لاتسيو | - | -
DE | Bayern Munich; FC Bayern Munich; Bayern München | بايرن ميونخ; بايرن ميونيخ | - | -
DE | Borussia Dortmund | بوروسيا دورتموند | - | Dortmund; دورتموند
DE | Werder Bremen | فيردر بريمن; فيردر بريمن الألماني | - | Bremen; بريمن
DE | Hamburger SV; Hamburg SV | هامبورغ الألماني | - | Hamburg; هامبورغ; هامبورج
DE | Bayer 04 Leverkusen; Bayer Leverkusen | باير ليفركوزن | - | Leverkusen; ليفركوزن
DE | FC Schalke 04; Schalke 04; Schalke | شالكه; نادي شالكه | - | -
FR | Paris Saint-Germain; Paris St-Germain | باريس سان جيرمان | PSG | -
FR | Olympique Lyonnais; Olympique Lyon | أولمبيك ليون | - | Lyon; ليون
FR | Olympique de Marseille; Olympique Marseille | أولمبيك مرسيليا | - | Marseille; مرسيليا
FR | FC Girondins de Bordeaux; Girondins de Bordeaux | نادي بوردو | - | Bordeaux; بوردو
NL | AFC Ajax; Ajax Amsterdam | أياكس أمستردام; أياكس | - | -
NL | PSV Eindhoven | بي إس في آيندهوفن; نادي آيندهوفن | PSV | Eindhoven; آيندهوفن; أيندهوفن
NL | Feyenoord | فينورد; فيينورد | - | -
PT | SL Benfica | بنفيكا; نادي بنفيكا | - | -
PT | FC Porto | نادي بورتو; بورتو البرتغالي | - | Porto; بورتو
BE | RSC Anderlecht | أندرليخت; نادي أندرليخت | - | -
RO | Steaua Bucharest; FCSB | ستيوا بوخارست | - | -
UA | Dynamo Kyiv; Dynamo Kiev | دينامو كييف | - | -
RU | PFC CSKA Moscow; CSKA Moscow | سسكا موسكو | - | -
RU | Lokomotiv Moscow | لوكوموتيف موسكو | - | -
TR | Galatasaray | غلطة سراي; جالطة سراي | - | -
TR | Fenerbahçe; Fenerbahce | فنربخشة; فنربخشه | - | -
TR | Beşiktaş; Besiktas | بشكتاش; بيشكتاش | - | -
EG | Al Ahly SC; Al-Ahly | النادي الأهلي; الأهلي المصري | - | الأهلي
EG | Zamalek SC; Zamalek | الزمالك; نادي الزمالك | - | -
EG | Ismaily SC | النادي الإسماعيلي; الإسماعيلي المصري | - | الإسماعيلي
EG | Al Ittihad Alexandria | الاتحاد السكندري | - | -
SA | Al Hilal SFC; Al-Hilal | نادي الهلال; الهلال السعودي | - | الهلال
SA | Al Nassr FC; Al-Nassr | نادي النصر; النصر السعودي | - | النصر
SA | Al-Ittihad Club; Ittihad Jeddah | اتحاد جدة; الاتحاد السعودي | - | -
SA | Al-Ahli Saudi FC; Al-Ahli Jeddah | الأهلي السعودي | - | الأهلي
QA | Al Sadd SC | نادي السد; السد القطري | - | السد
QA | Al-Gharafa SC | الغرافة; نادي الغرافة | - | -
QA | Al-Arabi SC (Qatar) | النادي العربي القطري; العربي القطري | - | العربي
QA | Al-Rayyan SC | نادي الريان; الريان القطري | - | الريان
QA | Al-Ahli SC (Qatar) | الأهلي القطري | - | الأهلي
QA | Al-Wakrah SC | نادي الوكرة; الوكرة القطري | - | الوكرة
QA | Al-Khor SC | نادي الخور; الخور القطري | - | الخور
QA | Qatar SC | نادي قطر | - | -
QA | Umm Salal SC | نادي أم صلال | - | أم صلال
AE | Al Ain FC | نادي العين; العين الإماراتي | - | العين
AE | Al Wasl FC | نادي الوصل; الوصل الإماراتي | - | الوصل
KW | Kuwait SC; Al-Kuwait SC | نادي الكويت | - | -
KW | Al-Arabi SC (Kuwait) | العربي الكويتي; النادي العربي الكويتي | - | العربي
KW | Al-Qadsia SC; Qadsia | نادي القادسية; القادسية الكويتي | - | القادسية
TN | Espérance Sportive de Tunis; Esperance de Tunis | الترجي; الترجي الرياضي التونسي; الترجي التونسي | - | -
TN | Étoile Sportive du Sahel; Etoile du Sahel | النجم الساحلي | - | -
TN | Club Africain | النادي الإفريقي; النادي الأفريقي | - | الإفريقي; الأفريقي
TN | CS Sfaxien | النادي الصفاقسي; الصفاقسي | - | -
MA | Raja Casablanca | الرجاء البيضاوي; فريق الرجاء | - | الرجاء
MA | Wydad Casablanca | الوداد البيضاوي; فريق الوداد | - | الوداد
MA | AS FAR; FAR Rabat | الجيش الملكي; فريق الجيش الملكي | - | -
MA | Maghreb de Fès; MAS Fès | المغرب الفاسي | MAS | -
MA | Mouloudia Oujda | المولودية الوجدية; مولودية وجدة | - | -
MA | Kawkab Marrakech | الكوكب المراكشي | - | -
MA | Hassania Agadir | حسنية أكادير | - | -
MA | Olympique Khouribga | أولمبيك خريبكة | - | خريبكة
MA | Ittihad Tanger | اتحاد طنجة | - | طنجة
DZ | MC Alger; Mouloudia d'Alger | مولودية الجزائر | - | -
DZ | JS Kabylie | شبيبة القبائل | JSK | -
DZ | ES Sétif; ES Setif | وفاق سطيف | - | -
"""

# country | English names (display name first) | Arabic names
PEOPLE = """
# Algeria
DZ | Abdelaziz Bouteflika; Bouteflika | عبد العزيز بوتفليقة; بوتفليقة
DZ | Abdelmadjid Tebboune; Tebboune | عبد المجيد تبون; تبون
DZ | Abdelkader Bensalah | عبد القادر بن صالح
DZ | Ahmed Benbitour | أحمد بن بيتور
DZ | Ali Benflis | علي بن فليس
DZ | Ahmed Ouyahia; Ouyahia | أحمد أويحيى; أويحيى
DZ | Abdelaziz Belkhadem | عبد العزيز بلخادم
DZ | Abdelmalek Sellal | عبد المالك سلال
DZ | Noureddine Bedoui | نور الدين بدوي
DZ | Abdelaziz Djerad | عبد العزيز جراد
DZ | Aymen Benabderrahmane | أيمن بن عبد الرحمن
# Bahrain
BH | Hamad bin Isa Al Khalifa; King Hamad | حمد بن عيسى آل خليفة; الملك حمد بن عيسى
BH | Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة
BH | Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة
# Comoros
KM | Azali Assoumani | غزالي عثماني
KM | Ahmed Abdallah Sambi | أحمد عبد الله سامبي
# Djibouti
DJ | Ismail Omar Guelleh; Ismaïl Omar Guelleh | إسماعيل عمر جيله
# Egypt
EG | Hosni Mubarak; Mohamed Hosni Mubarak | حسني مبارك; محمد حسني مبارك
EG | Mohamed Morsi; Mohammed Morsi; Mohamed Mursi | محمد مرسي
EG | Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; el-Sisi; al-Sisi; Sisi | عبد الفتاح السيسي; السيسي
EG | Adly Mansour | عدلي منصور
EG | Mohamed Hussein Tantawi | محمد حسين طنطاوي
EG | Atef Ebeid | عاطف عبيد
EG | Ahmed Nazif | أحمد نظيف
EG | Ahmed Shafik | أحمد شفيق
EG | Essam Sharaf | عصام شرف
EG | Kamal Ganzouri; Kamal el-Ganzouri | كمال الجنزوري
EG | Hesham Qandil; Hisham Qandil | هشام قنديل
EG | Hazem el-Beblawi; Hazem Beblawi | حازم الببلاوي
EG | Ibrahim Mahlab | إبراهيم محلب
EG | Sherif Ismail | شريف إسماعيل
EG | Mostafa Madbouly; Moustafa Madbouly | مصطفى مدبولي
EG | Mohamed ElBaradei; Mohamed el-Baradei; ElBaradei | محمد البرادعي; البرادعي
EG | Amr Moussa | عمرو موسى
EG | Omar Suleiman | عمر سليمان
EG | Ahmed Aboul Gheit; Aboul Gheit | أحمد أبو الغيط; أبو الغيط
EG | Gamal Mubarak | جمال مبارك
EG | Khairat el-Shater | خيرت الشاطر
EG | Mohamed Badie | محمد بديع
EG | Hamdeen Sabahi | حمدين صباحي
EG | Ayman Nour | أيمن نور
EG | Youssef Boutros Ghali | يوسف بطرس غالي
EG | Nabil Elaraby | نبيل العربي
EG | Mohamed Sayed Tantawi | محمد سيد طنطاوي
EG | Ahmed el-Tayeb | أحمد الطيب
# Iraq
IQ | Saddam Hussein; Saddam | صدام حسين
IQ | Ghazi al-Yawer; Ghazi al-Yawar | غازي الياور; غازي عجيل الياور
IQ | Jalal Talabani | جلال طالباني; جلال الطالباني; طالباني; الطالباني
IQ | Fuad Masum; Fouad Massoum | فؤاد معصوم
IQ | Barham Salih; Barham Saleh | برهم صالح
IQ | Abdul Latif Rashid | عبد اللطيف رشيد; عبد اللطيف جمال رشيد
IQ | Ayad Allawi; Iyad Allawi; Allawi | إياد علاوي; علاوي
IQ | Ibrahim al-Jaafari; Ibrahim al-Jafari | إبراهيم الجعفري
IQ | Nouri al-Maliki; Nuri al-Maliki | نوري المالكي
IQ | Haider al-Abadi | حيدر العبادي
IQ | Adil Abdul-Mahdi; Adel Abdul Mahdi | عادل عبد المهدي
IQ | Mustafa al-Kadhimi | مصطفى الكاظمي
IQ | Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani | محمد شياع السوداني
IQ | Muqtada al-Sadr; Moqtada al-Sadr | مقتدى الصدر
IQ | Ali al-Sistani; Grand Ayatollah Ali al-Sistani; Sistani; al-Sistani | علي السيستاني; السيستاني
IQ | Masoud Barzani; Massoud Barzani | مسعود بارزاني; مسعود البارزاني
IQ | Nechirvan Barzani | نيجيرفان بارزاني; نيجرفان بارزاني; نيجيرفان البارزاني; نتشيرفان البارزاني
IQ | Hoshyar Zebari; Zebari | هوشيار زيباري; زيباري
IQ | Tariq al-Hashimi | طارق الهاشمي
IQ | Ammar al-Hakim | عمار الحكيم
IQ | Abdul Aziz al-Hakim | عبد العزيز الحكيم
IQ | Tariq Aziz | طارق عزيز
IQ | Izzat Ibrahim al-Douri | عزة إبراهيم الدوري; عزت إبراهيم الدوري
IQ | Uday Hussein; Uday Saddam Hussein | عدي صدام حسين
IQ | Qusay Hussein; Qusay Saddam Hussein | قصي صدام حسين
IQ | Abu Musab al-Zarqawi; al-Zarqawi; Zarqawi | أبو مصعب الزرقاوي; الزرقاوي
IQ | Abu Bakr al-Baghdadi | أبو بكر البغدادي
IQ | Abu Mahdi al-Muhandis | أبو مهدي المهندس
IQ | Mohammed al-Halbousi | محمد الحلبوسي
IQ | Hadi al-Amiri | هادي العامري
IQ | Qais al-Khazali | قيس الخزعلي
IQ | Falih al-Fayyadh | فالح الفياض
IQ | Ahmed Chalabi; Chalabi | أحمد الجلبي; الجلبي
IQ | Mohammad Baqir al-Hakim | محمد باقر الحكيم
IQ | Naji Sabri | ناجي صبري
IQ | Taha Yassin Ramadan | طه ياسين رمضان
US | Paul Bremer; L. Paul Bremer; Bremer | بول بريمر; بريمر
US | Zalmay Khalilzad | زلماي خليل زاد; زلماي خليلزاد; خليلزاد
US | John Negroponte | جون نغروبونتي; جون نيغروبونتي; جون نجروبونتي; نغروبونتي; نيغروبونتي
US | Christopher Hill | كريستوفر هيل
US | Sean McCormack | شون ماكورماك
US | George Mitchell | جورج ميتشل
US | Jared Kushner | جاريد كوشنر; جاريد كوشنير
US | Amos Hochstein | آموس هوكشتاين; عاموس هوكشتاين
US | Tom Barrack | توم باراك
US | Adam Gadahn | آدم غادان; آدم جدن
# Jordan
JO | Abdullah II of Jordan; King Abdullah II; Abdullah II | الملك عبد الله الثاني; عبد الله الثاني; عبد الله الثاني بن الحسين
JO | Ali Abu al-Ragheb | علي أبو الراغب
JO | Faisal al-Fayez | فيصل الفايز
JO | Adnan Badran | عدنان بدران
JO | Marouf al-Bakhit | معروف البخيت
JO | Nader al-Dahabi | نادر الذهبي
JO | Samir Rifai; Samir al-Rifai | سمير الرفاعي
JO | Awn Khasawneh | عون الخصاونة
JO | Fayez al-Tarawneh | فايز الطراونة
JO | Abdullah Ensour | عبد الله النسور
JO | Hani Mulki | هاني الملقي
JO | Omar Razzaz | عمر الرزاز
JO | Bisher Khasawneh | بشر الخصاونة
JO | Jafar Hassan | جعفر حسان
JO | Ayman Safadi | أيمن الصفدي
# Kuwait
KW | Jaber Al-Ahmad Al-Sabah; Jaber Al-Ahmad Al-Jaber Al-Sabah | جابر الأحمد الجابر الصباح; جابر الأحمد الصباح
KW | Saad Al-Abdullah Al-Sabah | سعد العبد الله السالم الصباح; سعد العبد الله الصباح
KW | Sabah Al-Ahmad Al-Jaber Al-Sabah; Sabah al-Ahmad | صباح الأحمد الجابر الصباح; صباح الأحمد الصباح; صباح الأحمد
KW | Nawaf Al-Ahmad Al-Jaber Al-Sabah; Nawaf al-Ahmad | نواف الأحمد الجابر الصباح; نواف الأحمد
KW | Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد الجابر الصباح
KW | Nasser Al-Mohammed Al-Sabah; Nasser al-Mohammed | ناصر المحمد الأحمد الصباح; ناصر المحمد
KW | Jaber Al-Mubarak Al-Hamad Al-Sabah; Jaber al-Mubarak | جابر المبارك الحمد الصباح; جابر المبارك
KW | Sabah Al-Khalid Al-Hamad Al-Sabah; Sabah al-Khalid | صباح الخالد الحمد الصباح; صباح الخالد
KW | Ahmad Nawaf Al-Ahmad Al-Sabah | أحمد نواف الأحمد الصباح
KW | Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم الصباح
KW | Ahmad Abdullah Al-Ahmad Al-Sabah | أحمد عبد الله الأحمد الصباح
# Lebanon
LB | Émile Lahoud; Emile Lahoud; Lahoud | إميل لحود; إميل لحود; لحود
LB | Michel Suleiman; Michel Sleiman | ميشال سليمان; ميشيل سليمان
LB | Michel Aoun | ميشال عون; ميشيل عون
LB | Joseph Aoun | جوزيف عون
LB | Selim al-Hoss; Salim al-Hoss | سليم الحص
LB | Rafic Hariri; Rafik Hariri; Rafiq al-Hariri | رفيق الحريري
LB | Saad Hariri; Saad al-Hariri; Saad Eddine al-Hariri | سعد الحريري; سعد الدين الحريري
LB | Omar Karami | عمر كرامي
LB | Najib Mikati; Mikati | نجيب ميقاتي; ميقاتي
LB | Fouad Siniora; Siniora | فؤاد السنيورة; السنيورة
LB | Tammam Salam | تمام سلام
LB | Hassan Diab | حسان دياب
LB | Nawaf Salam | نواف سلام
LB | Hassan Nasrallah; Nasrallah | حسن نصر الله; حسن نصرالله; نصرالله; نصر الله
LB | Naim Qassem | نعيم قاسم
LB | Nabih Berri | نبيه بري
LB | Walid Jumblatt; Jumblatt | وليد جنبلاط; جنبلاط
LB | Samir Geagea; Geagea | سمير جعجع; جعجع
LB | Pierre Amine Gemayel | بيار أمين الجميل; بيار الجميل
LB | Gebran Bassil | جبران باسيل
LB | Elias Murr | إلياس المر; الياس المر
LB | Imad Mughniyeh | عماد مغنية
LB | Hashem Safieddine | هاشم صفي الدين
LB | Mohammad Raad | محمد رعد
# Libya
LY | Muammar Gaddafi; Muammar al-Gaddafi; Muammar Qaddafi; Muammar al-Qaddafi; Moammar Gadhafi; Muammar Kadhafi; Gaddafi; Qaddafi; Gadhafi | معمر القذافي; العقيد معمر القذافي; القذافي
LY | Saif al-Islam Gaddafi; Saif al-Islam al-Qaddafi | سيف الإسلام القذافي
LY | Mustafa Abdul Jalil | مصطفى عبد الجليل
LY | Mohammed Magariaf; Mohamed Yousef el-Magariaf | محمد المقريف; محمد يوسف المقريف
LY | Nouri Abusahmain | نوري أبو سهمين
LY | Aguila Saleh; Aguila Saleh Issa | عقيلة صالح
LY | Fayez al-Sarraj; Fayez Serraj | فايز السراج
LY | Mohamed al-Menfi | محمد المنفي
LY | Abdul Hamid Dbeibeh; Abdulhamid Dbeibah | عبد الحميد الدبيبة
LY | Khalifa Haftar; Khalifa Hifter; Haftar | خليفة حفتر; حفتر
LY | Mahmoud Jibril | محمود جبريل
LY | Abdurrahim El-Keib; Abdurrahim al-Keib | عبد الرحيم الكيب
LY | Ali Zeidan | علي زيدان
LY | Abdullah al-Thani | عبد الله الثني
LY | Fathi Bashagha | فتحي باشاغا
LY | Shukri Ghanem | شكري غانم
LY | Baghdadi Mahmudi; al-Baghdadi al-Mahmudi | البغدادي المحمودي
# Mauritania
MR | Maaouya Ould Sid'Ahmed Taya | معاوية ولد سيدي أحمد الطايع; معاوية ولد الطايع
MR | Ely Ould Mohamed Vall | اعلي ولد محمد فال; علي ولد محمد فال
MR | Sidi Ould Cheikh Abdallahi | سيدي ولد الشيخ عبد الله; سيدي محمد ولد الشيخ عبد الله
MR | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز
MR | Mohamed Ould Ghazouani; Mohamed Ould Cheikh El Ghazouani | محمد ولد الشيخ الغزواني; محمد ولد الغزواني
# Morocco
MA | Mohammed VI of Morocco; King Mohammed VI; Mohammed VI | الملك محمد السادس; محمد السادس
MA | Abderrahmane Youssoufi; Abdul Rahman Youssoufi | عبد الرحمن اليوسفي
MA | Driss Jettou | إدريس جطو
MA | Abbas El Fassi | عباس الفاسي
MA | Abdelilah Benkirane; Benkirane | عبد الإله بنكيران; عبد الإله ابن كيران; بنكيران
MA | Saadeddine Othmani; Saad Eddine El Othmani | سعد الدين العثماني
MA | Aziz Akhannouch; Akhannouch | عزيز أخنوش; أخنوش
MA | Nasser Bourita | ناصر بوريطة
# Oman
OM | Qaboos bin Said; Sultan Qaboos; Qaboos bin Said al Said | قابوس بن سعيد; السلطان قابوس; قابوس بن سعيد آل سعيد
OM | Haitham bin Tariq; Sultan Haitham; Haitham bin Tariq Al Said | هيثم بن طارق; السلطان هيثم بن طارق; هيثم بن طارق آل سعيد
# Palestine
PS | Yasser Arafat; Yasir Arafat; Arafat | ياسر عرفات; أبو عمار
PS | Rawhi Fattouh | روحي فتوح
PS | Mahmoud Abbas; Abu Mazen | محمود عباس; أبو مازن
PS | Ahmed Qurei; Ahmed Qureia; Abu Alaa | أحمد قريع; قريع
PS | Ismail Haniyeh; Ismail Haniya; Haniyeh | إسماعيل هنية; هنية
PS | Salam Fayyad | سلام فياض
PS | Rami Hamdallah | رامي الحمد الله; رامي الحمدالله
PS | Mohammad Shtayyeh | محمد اشتية; محمد اشتيه
PS | Khaled Meshaal; Khaled Mashal; Khalid Mishaal | خالد مشعل
PS | Yahya Sinwar; Sinwar | يحيى السنوار; السنوار
PS | Mohammed Deif | محمد الضيف
PS | Marwan Barghouti | مروان البرغوثي
PS | Mohammed Dahlan; Dahlan | محمد دحلان; دحلان
PS | Ahmed Yassin; Sheikh Ahmed Yassin | الشيخ أحمد ياسين
PS | Abdel Aziz al-Rantisi; Rantisi | عبد العزيز الرنتيسي; الرنتيسي
PS | Mahmoud al-Zahar | محمود الزهار; الزهار
PS | Saeb Erekat; Erekat | صائب عريقات; عريقات
PS | Jibril Rajoub | جبريل الرجوب
PS | Nabil Abu Rudeineh | نبيل أبو ردينة
PS | Ziad al-Nakhalah | زياد النخالة
PS | Aziz Dweik | عزيز الدويك; الدويك
PS | Mustafa Barghouti | مصطفى البرغوثي
PS | Hanan Ashrawi | حنان عشراوي
PS | Nasser al-Qudwa | ناصر القدوة
PS | Majed Faraj | ماجد فرج
PS | Saleh al-Arouri | صالح العاروري
PS | Mousa Abu Marzouk | موسى أبو مرزوق
PS | Khalil al-Hayya | خليل الحية
PS | Mohammed Sinwar | محمد السنوار
PS | Ahmed Jabari | أحمد الجعبري
PS | Ahmad Sa'adat | أحمد سعدات
PS | George Habash | جورج حبش
PS | Nayef Hawatmeh | نايف حواتمة
# Qatar
QA | Hamad bin Khalifa Al Thani; Hamad bin Khalifa | حمد بن خليفة آل ثاني; الشيخ حمد بن خليفة
QA | Tamim bin Hamad Al Thani; Tamim bin Hamad | تميم بن حمد آل ثاني; تميم بن حمد; الشيخ تميم بن حمد
QA | Abdullah bin Khalifa Al Thani | عبد الله بن خليفة آل ثاني
QA | Hamad bin Jassim bin Jaber Al Thani; Hamad bin Jassim | حمد بن جاسم بن جبر آل ثاني; حمد بن جاسم
QA | Abdullah bin Nasser bin Khalifa Al Thani | عبد الله بن ناصر بن خليفة آل ثاني; عبد الله بن ناصر آل ثاني
QA | Khalid bin Khalifa bin Abdulaziz Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني; خالد بن خليفة آل ثاني
QA | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني
# Saudi Arabia
SA | Fahd bin Abdulaziz; King Fahd | الملك فهد; فهد بن عبد العزيز; الملك فهد بن عبد العزيز
SA | Abdullah bin Abdulaziz; King Abdullah of Saudi Arabia | عبد الله بن عبد العزيز; الملك عبد الله بن عبد العزيز; خادم الحرمين الشريفين الملك عبد الله
SA | Salman bin Abdulaziz; King Salman | الملك سلمان; سلمان بن عبد العزيز; الملك سلمان بن عبد العزيز
SA | Mohammed bin Salman; Muhammad bin Salman; Mohammed bin Salman Al Saud | محمد بن سلمان; ولي العهد السعودي الأمير محمد بن سلمان
SA | Muhammad bin Nayef; Mohammed bin Nayef | محمد بن نايف
SA | Nayef bin Abdulaziz | نايف بن عبد العزيز
SA | Sultan bin Abdulaziz | سلطان بن عبد العزيز
SA | Saud al-Faisal | سعود الفيصل
SA | Adel al-Jubeir | عادل الجبير
SA | Bandar bin Sultan | بندر بن سلطان
SA | Faisal bin Farhan | فيصل بن فرحان
SA | Turki al-Faisal | تركي الفيصل
SA | Khalid bin Salman | خالد بن سلمان
AE | Tahnoun bin Zayed | طحنون بن زايد
SA | Osama bin Laden; Usama bin Laden; bin Laden | أسامة بن لادن; بن لادن
# Somalia
SO | Abdiqasim Salad Hassan | عبد القاسم صلاد حسن; صلاد حسن
SO | Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد
SO | Sharif Sheikh Ahmed | شريف شيخ أحمد; شيخ شريف شيخ أحمد
SO | Hassan Sheikh Mohamud | حسن شيخ محمود
SO | Mohamed Abdullahi Farmaajo; Mohamed Abdullahi Mohamed | محمد عبد الله فرماجو
# Sudan
SD | Omar al-Bashir; Omar Hassan al-Bashir | عمر البشير; عمر حسن البشير; عمر حسن أحمد البشير
SD | Abdel Fattah al-Burhan | عبد الفتاح البرهان
SD | Abdalla Hamdok; Abdallah Hamdok; Hamdok | عبد الله حمدوك; حمدوك
SD | Mohamed Hamdan Dagalo; Hemedti; Hemeti | محمد حمدان دقلو; حميدتي
SD | Hassan al-Turabi; Turabi | حسن الترابي; الترابي
SD | Salva Kiir; Salva Kiir Mayardit | سلفا كير; سلفاكير ميارديت
# Syria
SY | Hafez al-Assad; Hafez Assad | حافظ الأسد
SY | Bashar al-Assad; Bashar Assad; Bashar al-Asad | بشار الأسد; بشار حافظ الأسد
SY | Ahmed al-Sharaa; Ahmad al-Sharaa; Abu Mohammed al-Julani; Abu Mohammad al-Jolani; Abu Muhammad al-Jawlani | أحمد الشرع; أبو محمد الجولاني
SY | Muhammad Mustafa Mero | محمد مصطفى ميرو
SY | Muhammad Naji al-Otari; Naji al-Otari | محمد ناجي عطري; ناجي عطري
SY | Adel Safar | عادل سفر
SY | Riyad Farid Hijab; Riyad Hijab | رياض حجاب; رياض فريد حجاب
SY | Wael al-Halqi | وائل الحلقي
SY | Imad Khamis | عماد خميس
SY | Hussein Arnous | حسين عرنوس
SY | Mohammad Ghazi al-Jalali | محمد غازي الجلالي
SY | Farouk al-Sharaa | فاروق الشرع
SY | Walid Muallem; Walid al-Moallem | وليد المعلم
SY | Abdul Halim Khaddam | عبد الحليم خدام
SY | Maher al-Assad | ماهر الأسد
SY | Asaad al-Shaibani; Asaad Hassan al-Shaibani | أسعد الشيباني; أسعد حسن الشيباني
SY | Mazloum Abdi | مظلوم عبدي
SY | Suheil al-Hassan | سهيل الحسن
SY | Rami Makhlouf | رامي مخلوف
SY | Ali Mamlouk | علي مملوك
SY | Rustum Ghazaleh; Rustom Ghazali | رستم غزالة; رستم غزالي
SY | Ghazi Kanaan | غازي كنعان
SY | Mustafa Tlass | مصطفى طلاس
SY | Abu Mohammad al-Adnani | أبو محمد العدناني
SY | Zahran Alloush | زهران علوش
# Tunisia
TN | Zine El Abidine Ben Ali; Zine el-Abidine Ben Ali | زين العابدين بن علي
TN | Fouad Mebazaa | فؤاد المبزع
TN | Moncef Marzouki | منصف المرزوقي; المنصف المرزوقي
TN | Beji Caid Essebsi; Essebsi | الباجي قائد السبسي; قائد السبسي; السبسي
TN | Kais Saied; Kais Saïed | قيس سعيد
TN | Mohamed Ghannouchi | محمد الغنوشي
TN | Hamadi Jebali | حمادي الجبالي
TN | Ali Laarayedh | علي العريض
TN | Mehdi Jomaa | مهدي جمعة
TN | Habib Essid | الحبيب الصيد
TN | Youssef Chahed | يوسف الشاهد
TN | Elyes Fakhfakh | إلياس الفخفاخ
TN | Hichem Mechichi | هشام المشيشي
TN | Najla Bouden | نجلاء بودن
TN | Rached Ghannouchi | راشد الغنوشي
# United Arab Emirates
AE | Zayed bin Sultan Al Nahyan; Zayed bin Sultan; Sheikh Zayed | زايد بن سلطان آل نهيان; الشيخ زايد بن سلطان
AE | Khalifa bin Zayed Al Nahyan; Khalifa bin Zayed | خليفة بن زايد آل نهيان; خليفة بن زايد
AE | Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed | محمد بن زايد آل نهيان; محمد بن زايد
AE | Maktoum bin Rashid Al Maktoum | مكتوم بن راشد آل مكتوم
AE | Mohammed bin Rashid Al Maktoum; Mohammed bin Rashid | محمد بن راشد آل مكتوم; محمد بن راشد
AE | Abdullah bin Zayed Al Nahyan; Abdullah bin Zayed | عبد الله بن زايد آل نهيان; عبد الله بن زايد
# Yemen
YE | Ali Abdullah Saleh | علي عبد الله صالح
YE | Abdrabbuh Mansur Hadi; Abd Rabbuh Mansur Hadi | عبد ربه منصور هادي
YE | Rashad al-Alimi | رشاد العليمي; رشاد محمد العليمي
YE | Abdul-Malik al-Houthi; Abdulmalik al-Houthi | عبد الملك الحوثي; عبد الملك بدر الدين الحوثي
YE | Saleh al-Sammad | صالح الصماد
YE | Mahdi al-Mashat | مهدي المشاط
YE | Abdul Qadir Bajamal | عبد القادر باجمال
YE | Ali Muhammad Mujawar | علي محمد مجور
YE | Mohammed Basindawa | محمد سالم باسندوة; محمد باسندوة
YE | Khaled Bahah | خالد بحاح
YE | Ahmed Obeid bin Daghr | أحمد عبيد بن دغر
YE | Maeen Abdulmalik | معين عبد الملك
YE | Ahmad Awad bin Mubarak | أحمد عوض بن مبارك
YE | Tawakkol Karman | توكل كرمان
YE | Ali Mohsen al-Ahmar | علي محسن الأحمر
YE | Aidarous al-Zubaidi | عيدروس الزبيدي
YE | Yahya Saree | يحيى سريع
YE | Anwar al-Awlaki | أنور العولقي
# Iran
IR | Ali Khamenei; Ayatollah Ali Khamenei; Khamenei | علي خامنئي; آية الله علي خامنئي; خامنئي; علي خامنئى
IR | Mohammad Khatami; Khatami | محمد خاتمي; خاتمي
IR | Mahmoud Ahmadinejad; Ahmadinejad | محمود أحمدي نجاد; أحمدي نجاد; محمود احمدي نجاد; نجاد
IR | Hassan Rouhani; Hassan Rowhani | حسن روحاني
IR | Ebrahim Raisi; Ebrahim Raeesi | إبراهيم رئيسي
IR | Mohammad Mokhber | محمد مخبر
IR | Masoud Pezeshkian; Pezeshkian | مسعود بزشكيان; بزشكيان
IR | Akbar Hashemi Rafsanjani; Rafsanjani | أكبر هاشمي رفسنجاني; هاشمي رفسنجاني; رفسنجاني
IR | Qasem Soleimani; Qassem Soleimani | قاسم سليماني
IR | Mohammad Javad Zarif | محمد جواد ظريف
IR | Ali Larijani | علي لاريجاني
IR | Abbas Araghchi; Araghchi | عباس عراقجي; عراقجي
IR | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان
IR | Manouchehr Mottaki; Mottaki | منوشهر متكي; متكي
IR | Esmail Qaani | إسماعيل قاآني
IR | Hossein Salami | حسين سلامي
IR | Mohammad Bagher Ghalibaf | محمد باقر قاليباف
IR | Saeed Jalili | سعيد جليلي
IR | Ali Akbar Velayati | علي أكبر ولايتي
IR | Mir-Hossein Mousavi; Mir Hossein Mousavi | مير حسين موسوي
IR | Mehdi Karroubi | مهدي كروبي
IR | Mohsen Fakhrizadeh | محسن فخري زاده
# Turkey
TR | Ahmet Necdet Sezer | أحمد نجدت سيزر
TR | Abdullah Gül; Abdullah Gul | عبد الله غول; عبد الله جول; عبدالله غول
TR | Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Erdoğan; Erdogan | رجب طيب أردوغان; رجب طيب إردوغان; أردوغان; إردوغان
TR | Bülent Ecevit; Bulent Ecevit; Ecevit | بولنت أجاويد; أجاويد
TR | Ahmet Davutoğlu; Ahmet Davutoglu; Davutoglu | أحمد داود أوغلو; داود أوغلو
TR | Binali Yıldırım; Binali Yildirim | بن علي يلدريم
TR | Hakan Fidan | هاكان فيدان
TR | Kemal Kılıçdaroğlu; Kemal Kilicdaroglu | كمال كليتشدار أوغلو; كمال قليجدار أوغلو
TR | Abdullah Öcalan; Abdullah Ocalan; Öcalan; Ocalan | عبد الله أوجلان; أوجلان
TR | Fethullah Gülen; Fethullah Gulen | فتح الله غولن; فتح الله كولن
TR | Devlet Bahçeli; Devlet Bahceli | دولت بهتشلي; دولت باهتشلي
TR | Selahattin Demirtaş; Selahattin Demirtas | صلاح الدين دميرطاش
TR | Ekrem İmamoğlu; Ekrem Imamoglu | أكرم إمام أوغلو
TR | Mevlüt Çavuşoğlu; Mevlut Cavusoglu | مولود جاويش أوغلو
# Israel
IL | Ezer Weizman | عيزر وايزمان; عيزر فايتسمان
IL | Moshe Katsav | موشيه كتساف; موشيه قصاب
IL | Shimon Peres; Peres | شمعون بيريز; بيريز
IL | Reuven Rivlin | رؤوفين ريفلين; رؤوبين ريفلين
IL | Isaac Herzog | إسحاق هرتسوغ; يتسحاق هرتسوغ
IL | Ehud Barak | إيهود باراك
IL | Ariel Sharon | أرييل شارون; آرييل شارون; أريئيل شارون; شارون
IL | Ehud Olmert; Olmert | إيهود أولمرت; أولمرت
IL | Benjamin Netanyahu; Netanyahu; Binyamin Netanyahu | بنيامين نتنياهو; بنيامين نتانياهو; نتنياهو; نتانياهو
IL | Naftali Bennett | نفتالي بينيت; نفتالي بينت
IL | Yair Lapid | يائير لابيد; يائير لبيد
IL | Tzipi Livni; Livni | تسيبي ليفني; ليفني
IL | Avigdor Lieberman; Avigdor Liberman | أفيغدور ليبرمان; أفيغدور ليبرمان
IL | Benny Gantz; Gantz | بيني غانتس; غانتس
IL | Yoav Gallant | يوآف غالانت; يوآف جالانت
IL | Amir Peretz | عمير بيرتس; عامير بيرتس
IL | Dan Halutz; Halutz | دان حالوتس; حالوتس
IL | Silvan Shalom | سيلفان شالوم; سلفان شالوم
IL | Dan Gillerman | دان غيلرمان; دان جيلرمان
IL | Moshe Ya'alon | موشيه يعلون
IL | Gabi Ashkenazi | غابي أشكنازي
IL | Gadi Eisenkot | غادي آيزنكوت; غادي أيزنكوت
IL | Aviv Kochavi | أفيف كوخافي
IL | Herzi Halevi | هرتسي هاليفي
IL | Eyal Zamir | إيال زامير
IL | Avichay Adraee | أفيخاي أدرعي
IL | Avi Dichter | آفي ديختر
IL | Shaul Mofaz; Mofaz | شاؤول موفاز; موفاز
IL | Itamar Ben-Gvir; Ben-Gvir | إيتمار بن غفير; بن غفير
IL | Bezalel Smotrich; Smotrich | بتسلئيل سموتريتش; سموتريتش
# United States
US | Bill Clinton | بيل كلينتون
US | George W. Bush; George Bush; George W Bush | جورج دبليو بوش; جورج بوش; جورج ووكر بوش; بوش
US | Barack Obama; Obama | باراك أوباما; أوباما
US | Donald Trump; Trump | دونالد ترامب; دونالد ترمب; ترامب; ترمب
US | Joe Biden; Biden | جو بايدن; بايدن
US | Dick Cheney; Cheney | ديك تشيني; تشيني
US | Kamala Harris | كامالا هاريس
US | JD Vance; J. D. Vance | جي دي فانس
US | Colin Powell | كولن باول; كولين باول
US | Condoleezza Rice | كوندوليزا رايس; كونداليزا رايس; رايس
US | Hillary Clinton | هيلاري كلينتون
US | John Kerry | جون كيري
US | Rex Tillerson | ريكس تيلرسون
US | Mike Pompeo; Pompeo | مايك بومبيو; بومبيو
US | Antony Blinken; Blinken | أنتوني بلينكن; بلينكن
US | Marco Rubio | ماركو روبيو
US | Donald Rumsfeld; Rumsfeld | دونالد رامسفيلد; رامسفيلد
US | Steve Witkoff | ستيف ويتكوف
US | John Bolton; Bolton | جون بولتون; بولتون
# United Kingdom
GB | Elizabeth II; Queen Elizabeth II | الملكة إليزابيث الثانية; إليزابيث الثانية; الملكة إليزابيث
GB | Charles III; King Charles III | الملك تشارلز الثالث; تشارلز الثالث
GB | Tony Blair; Blair | توني بلير; بلير
GB | Gordon Brown | غوردون براون; جوردون براون
GB | David Cameron | ديفيد كاميرون
GB | Theresa May | تيريزا ماي
GB | Boris Johnson | بوريس جونسون
GB | Liz Truss | ليز تراس
GB | Rishi Sunak; Sunak | ريشي سوناك; سوناك
GB | Keir Starmer; Starmer | كير ستارمر; ستارمر
GB | Jack Straw | جاك سترو
# France
FR | Jacques Chirac; Chirac | جاك شيراك; شيراك
FR | Nicolas Sarkozy; Sarkozy | نيكولا ساركوزي; ساركوزي
FR | François Hollande; Francois Hollande | فرانسوا هولاند
FR | Emmanuel Macron; Macron | إيمانويل ماكرون; إيمانويل ماكرون; ماكرون
FR | Lionel Jospin; Jospin | ليونيل جوسبان; جوسبان
FR | Jean-Pierre Raffarin; Raffarin | جان بيار رافاران; جان بيير رافاران; رافاران
FR | Dominique de Villepin; de Villepin | دومينيك دو فيلبان; دومينيك دوفيلبان; دوفيلبان
FR | François Fillon; Francois Fillon | فرانسوا فيون
FR | Jean-Marc Ayrault | جان مارك إيرولت; جان مارك أيرو
FR | Manuel Valls | مانويل فالس
FR | Bernard Cazeneuve | برنار كازنوف
FR | Édouard Philippe; Edouard Philippe | إدوار فيليب; إدوارد فيليب
FR | Jean Castex | جان كاستكس
FR | Élisabeth Borne; Elisabeth Borne | إليزابيث بورن
FR | Gabriel Attal | غابرييل أتال
FR | Michel Barnier; Barnier | ميشال بارنييه; ميشيل بارنييه; بارنييه
FR | François Bayrou; Francois Bayrou | فرانسوا بايرو
FR | Philippe Douste-Blazy | فيليب دوست بلازي
FR | Jean-Marc de La Sablière | جان مارك دو لا سابليير
FR | Laurent Fabius | لوران فابيوس
FR | Jean-Yves Le Drian | جان إيف لودريان
# Russia
RU | Vladimir Putin; Putin | فلاديمير بوتين; بوتين
RU | Dmitry Medvedev; Dmitri Medvedev; Medvedev | دميتري ميدفيديف; ديمتري ميدفيديف; ميدفيديف
RU | Mikhail Kasyanov | ميخائيل كاسيانوف
RU | Mikhail Fradkov | ميخائيل فرادكوف
RU | Viktor Zubkov | فيكتور زوبكوف
RU | Mikhail Mishustin | ميخائيل ميشوستين
RU | Sergey Lavrov; Sergei Lavrov; Lavrov | سيرغي لافروف; سيرجي لافروف; لافروف
RU | Ramzan Kadyrov; Kadyrov | رمضان قديروف; قديروف
RU | Alexander Saltanov | ألكسندر سلطانوف
RU | Mikhail Bogdanov | ميخائيل بوغدانوف
# China
CN | Jiang Zemin | جيانغ زيمين; جيانج زيمين
CN | Hu Jintao | هو جينتاو; هو جين تاو
CN | Xi Jinping | شي جين بينغ; شي جينبينغ; شي جين بينج
CN | Zhu Rongji | تشو رونغ جي; جو رونغ جي
CN | Wen Jiabao | ون جيا باو; وين جياباو
CN | Li Keqiang | لي كه تشيانغ; لي كيكيانغ
CN | Li Qiang | لي تشيانغ
# Germany
DE | Johannes Rau | يوهانس راو
DE | Horst Köhler; Horst Koehler | هورست كولر; هورست كوهلر
DE | Christian Wulff | كريستيان فولف
DE | Joachim Gauck | يواخيم غاوك; يواخيم جاوك
DE | Frank-Walter Steinmeier; Steinmeier | فرانك فالتر شتاينماير; شتاينماير
DE | Gerhard Schröder; Gerhard Schroeder | غيرهارد شرودر; جيرهارد شرودر; شرودر
DE | Angela Merkel; Merkel | أنجيلا ميركل; أنغيلا ميركل; ميركل
DE | Olaf Scholz; Scholz | أولاف شولتس; أولاف شولتز; شولتس
DE | Friedrich Merz | فريدريش ميرتس; فريدريش ميرز
# Italy
IT | Massimo D'Alema | ماسيمو داليما
IT | Giuliano Amato | جوليانو أماتو
IT | Silvio Berlusconi; Berlusconi | سيلفيو برلسكوني; سيلفيو برلوسكوني; برلسكوني; برلوسكوني
IT | Romano Prodi; Prodi | رومانو برودي; برودي
IT | Mario Monti | ماريو مونتي
IT | Enrico Letta | إنريكو ليتا
IT | Matteo Renzi | ماتيو رينزي
IT | Paolo Gentiloni | باولو جينتيلوني
IT | Giuseppe Conte | جوزيبي كونتي
IT | Mario Draghi; Draghi | ماريو دراغي; ماريو دراجي; دراغي
IT | Giorgia Meloni; Meloni | جورجيا ميلوني; ميلوني
IT | Carlo Azeglio Ciampi | كارلو أزيليو تشامبي
IT | Giorgio Napolitano | جورجيو نابوليتانو
IT | Sergio Mattarella | سيرجيو ماتاريلا
# Japan
JP | Yoshiro Mori | يوشيرو موري
JP | Junichiro Koizumi; Koizumi | جونيتشيرو كويزومي; كويزومي
JP | Shinzo Abe | شينزو آبي
JP | Yasuo Fukuda | ياسو فوكودا
JP | Taro Aso | تارو آسو
JP | Yukio Hatoyama | يوكيو هاتوياما
JP | Naoto Kan | ناوتو كان
JP | Yoshihiko Noda | يوشيهيكو نودا
JP | Yoshihide Suga | يوشيهيدي سوغا
JP | Fumio Kishida; Kishida | فوميو كيشيدا; كيشيدا
JP | Shigeru Ishiba | شيغيرو إيشيبا
JP | Akihito; Emperor Akihito | الإمبراطور أكيهيتو; أكيهيتو
JP | Naruhito; Emperor Naruhito | الإمبراطور ناروهيتو; ناروهيتو
# India
IN | Atal Bihari Vajpayee; Vajpayee | أتال بيهاري فاجبايي; فاجبايي
IN | Manmohan Singh | مانموهان سينغ; مانموهان سينج
IN | Narendra Modi; Modi | ناريندرا مودي; مودي
IN | A. P. J. Abdul Kalam; Abdul Kalam | أبو بكر زين العابدين عبد الكلام; عبد الكلام
IN | Pranab Mukherjee | براناب موخيرجي
IN | Ram Nath Kovind | رام ناث كوفيند
IN | Droupadi Murmu | دروبادي مورمو
# Brazil, Argentina, Mexico, Canada, Australia
BR | Fernando Henrique Cardoso | فرناندو إنريكي كاردوسو
BR | Luiz Inácio Lula da Silva; Lula da Silva; Lula | لويس إيناسيو لولا دا سيلفا; لولا دا سيلفا
BR | Dilma Rousseff; Rousseff | ديلما روسيف; روسيف
BR | Michel Temer | ميشال تامر; ميشيل تامر
BR | Jair Bolsonaro; Bolsonaro | جايير بولسونارو; جاير بولسونارو; بولسونارو
AR | Néstor Kirchner; Nestor Kirchner | نيستور كيرشنر
AR | Cristina Fernández de Kirchner; Cristina Kirchner | كريستينا فرنانديز دي كيرشنر; كريستينا كيرشنر
AR | Mauricio Macri | ماوريسيو ماكري
AR | Alberto Fernández; Alberto Fernandez | ألبرتو فرنانديز
AR | Javier Milei; Milei | خافيير ميلي
MX | Vicente Fox | فيسنتي فوكس; فينسنت فوكس
MX | Felipe Calderón; Felipe Calderon | فيليبي كالديرون; فيليب كالديرون
MX | Enrique Peña Nieto; Enrique Pena Nieto | إنريكي بينيا نييتو
MX | Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; López Obrador | أندريس مانويل لوبيز أوبرادور; لوبيز أوبرادور
MX | Claudia Sheinbaum; Sheinbaum | كلوديا شينباوم; كلاوديا شينباوم
CA | Jean Chrétien; Jean Chretien | جان كريتيان
CA | Paul Martin | بول مارتن
CA | Stephen Harper | ستيفن هاربر
CA | Justin Trudeau; Trudeau | جاستن ترودو; جاستين ترودو; ترودو
CA | Mark Carney | مارك كارني
AU | John Howard | جون هوارد
AU | Kevin Rudd | كيفن رود
AU | Julia Gillard | جوليا جيلارد
AU | Tony Abbott | توني أبوت
AU | Malcolm Turnbull | مالكولم تيرنبول
AU | Scott Morrison | سكوت موريسون
AU | Anthony Albanese | أنتوني ألبانيزي
# Indonesia, South Korea, South Africa
ID | Abdurrahman Wahid | عبد الرحمن واحد
ID | Megawati Sukarnoputri; Megawati | ميغاواتي سوكارنوبوتري; ميجاواتي سوكارنو بوتري
ID | Susilo Bambang Yudhoyono; Yudhoyono | سوسيلو بامبانغ يودويونو; يودويونو
ID | Joko Widodo; Jokowi | جوكو ويدودو
ID | Prabowo Subianto; Prabowo | برابوو سوبيانتو
KR | Kim Dae-jung | كيم داي جونغ; كيم داي جونج
KR | Roh Moo-hyun | روه مو هيون; رو مو هيون
KR | Lee Myung-bak | لي ميونغ باك; لي ميونج باك
KR | Park Geun-hye | بارك غيون هي; بارك كون هيه
KR | Moon Jae-in | مون جاي إن
KR | Yoon Suk Yeol; Yoon Suk-yeol | يون سوك يول
KR | Lee Jae-myung | لي جاي ميونغ
ZA | Thabo Mbeki; Mbeki | ثابو مبيكي; مبيكي
ZA | Jacob Zuma | جاكوب زوما
ZA | Cyril Ramaphosa; Ramaphosa | سيريل رامافوزا; رامافوزا
# European Union, United Nations, IAEA
EU | José Manuel Barroso; Jose Manuel Barroso; Barroso | خوسيه مانويل باروسو; جوزيه مانويل باروزو; باروسو; باروزو
EU | Jean-Claude Juncker; Juncker | جان كلود يونكر; يونكر
EU | Ursula von der Leyen; von der Leyen | أورسولا فون دير لاين; فون دير لاين
EU | Javier Solana; Solana | خافيير سولانا; سولانا
EU | Catherine Ashton | كاثرين أشتون
EU | Josep Borrell; Borrell | جوزيب بوريل; بوريل
- | Kofi Annan | كوفي عنان; كوفي أنان; أنان
- | Ban Ki-moon | بان كي مون
- | António Guterres; Antonio Guterres; Guterres | أنطونيو غوتيريش; أنطونيو غوتيريس; غوتيريش
- | Yukiya Amano | يوكيا أمانو
- | Rafael Grossi | رافائيل غروسي
- | Staffan de Mistura | ستافان دي ميستورا
- | Lakhdar Brahimi | الأخضر الإبراهيمي
- | Terje Rød-Larsen; Terje Roed-Larsen | تيري رود لارسن
- | Geir Pedersen | غير بيدرسن; غير بيدرسون
- | Martin Griffiths | مارتن غريفيث; مارتن غريفيثس
- | Hans Grundberg | هانس غروندبرغ
- | Ghassan Salamé; Ghassan Salame | غسان سلامة
- | Stephanie Williams | ستيفاني ويليامز
- | Jamal Benomar | جمال بنعمر
- | Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد
# Others in Middle East and world news
QA | Yusuf al-Qaradawi; Qaradawi | يوسف القرضاوي; القرضاوي
BY | Alexander Lukashenko; Lukashenko | ألكسندر لوكاشينكو; ألكسندر لوكاشنكو; لوكاشينكو; لوكاشنكو
ES | Juan Carlos I; King Juan Carlos I | الملك خوان كارلوس; خوان كارلوس الأول
ES | Felipe VI; King Felipe VI | الملك فيليبي السادس; فيليبي السادس
EG | Ayman al-Zawahiri; Zawahiri; al-Zawahiri | أيمن الظواهري; الظواهري
AF | Mullah Omar; Mullah Mohammed Omar | الملا عمر; الملا محمد عمر
AF | Hamid Karzai; Karzai | حامد كرزاي; حامد قرضاي; كرزاي
AF | Ashraf Ghani | أشرف غني
PK | Pervez Musharraf; Musharraf | برويز مشرف; برفيز مشرف
PK | Asif Ali Zardari; Zardari | آصف علي زرداري; زرداري
PK | Nawaz Sharif | نواز شريف
PK | Benazir Bhutto; Bhutto | بينظير بوتو; بي نظير بوتو; بوتو
PK | Imran Khan | عمران خان
PK | Shehbaz Sharif | شهباز شريف
UA | Volodymyr Zelensky; Volodymyr Zelenskyy; Zelensky; Zelenskyy | فولوديمير زيلينسكي; زيلينسكي
VE | Hugo Chávez; Hugo Chavez | هوغو تشافيز; هوجو شافيز; هوغو شافيز; تشافيز; شافيز
VE | Nicolás Maduro; Nicolas Maduro; Maduro | نيكولاس مادورو; مادورو
CU | Fidel Castro | فيدل كاسترو
CU | Raúl Castro; Raul Castro | راؤول كاسترو
KP | Kim Jong-il; Kim Jong Il | كيم جونغ إيل; كيم جونج إيل
KP | Kim Jong-un; Kim Jong Un | كيم جونغ أون; كيم جونج أون
ES | José María Aznar; Jose Maria Aznar; Aznar | خوسيه ماريا أثنار; خوسيه ماريا أزنار; أثنار
ES | José Luis Rodríguez Zapatero; Jose Luis Rodriguez Zapatero; Zapatero | خوسيه لويس رودريغيث ثاباتيرو; ثاباتيرو; زاباتيرو
ES | Mariano Rajoy; Rajoy | ماريانو راخوي; راخوي
ES | Pedro Sánchez; Pedro Sanchez | بيدرو سانشيز
ET | Meles Zenawi | ميليس زيناوي; مليس زيناوي
ET | Abiy Ahmed | آبي أحمد
ER | Isaias Afwerki | أسياس أفورقي; إسياس أفورقي
TD | Idriss Déby; Idriss Deby | إدريس ديبي
MY | Mahathir Mohamad; Mahathir Mohamed | مهاتير محمد
RS | Slobodan Milošević; Slobodan Milosevic; Milosevic | سلوبودان ميلوسيفيتش; ميلوسيفيتش
RS | Aleksandar Vučić; Aleksandar Vucic | ألكسندر فوتشيتش
VA | Pope John Paul II; John Paul II | البابا يوحنا بولس الثاني; يوحنا بولس الثاني
VA | Pope Benedict XVI; Benedict XVI | البابا بنديكت السادس عشر; البابا بنديكتوس السادس عشر; بنديكت السادس عشر
VA | Pope Francis | البابا فرنسيس; البابا فرانسيس
VA | Pope Leo XIV; Leo XIV | البابا لاون الرابع عشر; البابا ليو الرابع عشر
UA | Leonid Kuchma | ليونيد كوتشما
UA | Viktor Yushchenko | فيكتور يوشينكو; فيكتور يوتشينكو
UA | Viktor Yanukovych | فيكتور يانوكوفيتش
UA | Petro Poroshenko | بيترو بوروشينكو
UA | Yulia Tymoshenko | يوليا تيموشينكو
KZ | Nursultan Nazarbayev | نور سلطان نزارباييف; نور سلطان نزاربايف
KZ | Kassym-Jomart Tokayev | قاسم جومارت توكاييف
AZ | Ilham Aliyev | إلهام علييف; إلهام علييف
AZ | Heydar Aliyev | حيدر علييف
UZ | Islam Karimov | إسلام كريموف
GE | Mikheil Saakashvili | ميخائيل ساكاشفيلي
AM | Nikol Pashinyan | نيكول باشينيان
GR | Alexis Tsipras | أليكسيس تسيبراس
GR | Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس
HU | Viktor Orbán; Viktor Orban | فيكتور أوربان
PL | Donald Tusk | دونالد توسك
PL | Lech Kaczyński; Lech Kaczynski | ليخ كاتشينسكي
NL | Mark Rutte | مارك روته
PT | António Costa; Antonio Costa | أنطونيو كوستا
CY | Nikos Christodoulides | نيكوس خريستودوليدس
NG | Olusegun Obasanjo | أولوسيغون أوباسانجو
NG | Umaru Musa Yar'Adua | عمر موسى يارادوا
NG | Goodluck Jonathan | غودلاك جوناثان
NG | Muhammadu Buhari | محمد بخاري
NG | Bola Tinubu | بولا تينوبو
KE | Mwai Kibaki | مواي كيباكي
KE | Uhuru Kenyatta | أوهورو كينياتا
KE | William Ruto | وليام روتو
ZW | Robert Mugabe; Mugabe | روبرت موغابي; موغابي
ZW | Emmerson Mnangagwa | إيمرسون منانغاغوا
SN | Abdoulaye Wade | عبد الله واد
SN | Macky Sall | ماكي سال
UG | Yoweri Museveni; Museveni | يويري موسيفيني; موسيفيني
RW | Paul Kagame; Kagame | بول كاغامي; كاغامي
CD | Joseph Kabila | جوزيف كابيلا
CD | Félix Tshisekedi; Felix Tshisekedi | فيليكس تشيسكيدي
CI | Laurent Gbagbo | لوران غباغبو
CI | Alassane Ouattara | الحسن واتارا
ML | Amadou Toumani Touré | أمادو توماني توري
ML | Assimi Goïta; Assimi Goita | أسيمي غويتا
NE | Mohamed Bazoum | محمد بازوم
BF | Ibrahim Traoré; Ibrahim Traore | إبراهيم تراوري
PH | Gloria Macapagal Arroyo | غلوريا ماكاباغال أرويو
PH | Rodrigo Duterte; Duterte | رودريغو دوتيرتي; دوتيرتي
PH | Ferdinand Marcos Jr. | فرديناند ماركوس الابن
MY | Najib Razak | نجيب عبد الرزاق
MY | Anwar Ibrahim | أنور إبراهيم
MM | Aung San Suu Kyi | أونغ سان سو تشي; أون سان سو تشي
MM | Min Aung Hlaing | مين أونغ هلاينغ
TH | Thaksin Shinawatra | تاكسين شيناواترا
SG | Lee Hsien Loong | لي هسين لونغ
BD | Sheikh Hasina; Sheikh Hasina Wazed | الشيخة حسينة; الشيخة حسينة واجد
BD | Khaleda Zia | خالدة ضياء
PK | Yousaf Raza Gillani; Yusuf Raza Gilani | يوسف رضا جيلاني; يوسف رضا كيلاني
AF | Hibatullah Akhundzada | هبة الله أخوند زاده; هبة الله آخوند زاده
CO | Álvaro Uribe; Alvaro Uribe | ألفارو أوريبي
CO | Juan Manuel Santos | خوان مانويل سانتوس
CO | Gustavo Petro | غوستافو بيترو
BO | Evo Morales | إيفو موراليس
EC | Rafael Correa | رافائيل كوريا
CL | Michelle Bachelet | ميشيل باشليه
# Leaders of the twentieth century and the 1990s: Arab states
EG | Gamal Abdel Nasser; Gamal Abdel-Nasser | جمال عبد الناصر; الرئيس جمال عبد الناصر
EG | Anwar Sadat; Anwar el-Sadat; Anwar al-Sadat; Sadat | أنور السادات; محمد أنور السادات; السادات
EG | Mohamed Naguib; Muhammad Naguib | محمد نجيب; اللواء محمد نجيب
EG | King Farouk; Farouk of Egypt; Farouk I | الملك فاروق; الملك فاروق الأول
EG | King Fuad I; Fuad I of Egypt | الملك فؤاد الأول; الملك فؤاد
EG | Saad Zaghloul | سعد زغلول
EG | Ahmed Orabi; Ahmed Urabi | أحمد عرابي; أحمد عرابي باشا
EG | Mustafa Kamil Pasha; Mustafa Kamil | مصطفى كامل; مصطفى كامل باشا
EG | Muhammad Ali Pasha; Muhammad Ali of Egypt | محمد علي باشا
EG | Ibrahim Pasha | إبراهيم باشا
EG | Abdel Hakim Amer | عبد الحكيم عامر; المشير عبد الحكيم عامر
EG | Atef Sedki | عاطف صدقي
EG | Kamal Hassan Ali | كمال حسن علي
EG | Mohamed Abd al-Halim Abu Ghazala | محمد عبد الحليم أبو غزالة; عبد الحليم أبو غزالة
EG | Boutros Boutros-Ghali; Boutros Boutros Ghali | بطرس بطرس غالي; بطرس غالي
EG | Esmat Abdel Meguid; Ahmed Esmat Abdel Meguid | عصمت عبد المجيد; أحمد عصمت عبد المجيد
EG | Osama el-Baz; Osama al-Baz | أسامة الباز
EG | Zakaria Azmi | زكريا عزمي
EG | Habib el-Adly; Habib al-Adly | حبيب العادلي
EG | Kamal el-Shazly | كمال الشاذلي
EG | Farouk Hosny | فاروق حسني
EG | Faiza Aboul Naga; Fayza Aboul Naga | فايزة أبو النجا
EG | Rachid Mohamed Rachid | رشيد محمد رشيد
EG | Anas el-Fiqqi | أنس الفقي
EG | Mofeed Shehab; Mufid Shehab | مفيد شهاب
EG | Mostafa el-Feki; Mustafa al-Fiqi | مصطفى الفقي
EG | Suzanne Mubarak | سوزان مبارك
EG | Jehan Sadat | جيهان السادات
EG | Noaman Gomaa; Numan Gumaa | نعمان جمعة
EG | Saad Eddin Ibrahim | سعد الدين إبراهيم
EG | Mohamed Hassanein Heikal; Heikal | محمد حسنين هيكل
EG | Saad el-Shazly; Saad el-Din el-Shazly | سعد الدين الشاذلي
EG | Mohamed Abdel Ghani el-Gamasy | محمد عبد الغني الجمسي
EG | Amr Khaled | عمرو خالد
EG | Mohamed Mahdi Akef | محمد مهدي عاكف
EG | Essam el-Erian; Essam al-Erian | عصام العريان
EG | Abdel Moneim Aboul Fotouh | عبد المنعم أبو الفتوح
EG | Mohamed Saad el-Katatni; Saad al-Katatni | محمد سعد الكتاتني; سعد الكتاتني
EG | Mohamed Beltagy | محمد البلتاجي
EG | Hazem Salah Abu Ismail | حازم صلاح أبو إسماعيل
EG | Omar Abdel-Rahman; Omar Abdel Rahman | عمر عبد الرحمن; الشيخ عمر عبد الرحمن
EG | Hassan al-Banna | حسن البنا
EG | Sayyid Qutb; Sayed Qutb | سيد قطب
EG | Mohammed al-Zawahiri | محمد الظواهري
JO | Hussein bin Talal; King Hussein; Hussein of Jordan | الملك حسين; الملك الحسين بن طلال; الحسين بن طلال; الملك حسين بن طلال
JO | Queen Rania; Rania Al-Abdullah | الملكة رانيا; الملكة رانيا العبد الله
JO | Hassan bin Talal; Prince Hassan bin Talal | الأمير الحسن بن طلال; الحسن بن طلال
JO | Hamzah bin Hussein; Prince Hamzah bin Hussein | الأمير حمزة بن الحسين; حمزة بن الحسين
JO | Hussein bin Abdullah; Crown Prince Hussein bin Abdullah | الأمير الحسين بن عبد الله; الحسين بن عبد الله الثاني
JO | Abdelsalam al-Majali; Abdul Salam al-Majali | عبد السلام المجالي
JO | Zaid al-Rifai | زيد الرفاعي
JO | Mudar Badran | مضر بدران
JO | Abdul Karim al-Kabariti | عبد الكريم الكباريتي
JO | Abdul Raouf al-Rawabdeh | عبد الرؤوف الروابدة
JO | Marwan Muasher | مروان المعشر
JO | Abdul Ilah al-Khatib | عبد الإله الخطيب
JO | Wasfi al-Tal | وصفي التل
MA | Hassan II of Morocco; King Hassan II; Hassan II | الحسن الثاني; الملك الحسن الثاني
MA | Mohammed V of Morocco; King Mohammed V | الملك محمد الخامس; محمد الخامس
MA | Abdelkrim al-Khattabi; Muhammad ibn Abd al-Karim al-Khattabi | عبد الكريم الخطابي; محمد بن عبد الكريم الخطابي
MA | Abdellatif Filali | عبد اللطيف الفيلالي
MA | Mohamed Benaissa | محمد بن عيسى
MA | Taieb Fassi Fihri | الطيب الفاسي الفهري
MA | Driss Basri | إدريس البصري
MA | Abdelkrim Khatib; Abdelkrim al-Khatib | عبد الكريم الخطيب
MA | Abdessalam Yassine | عبد السلام ياسين
MA | Nadia Yassine | نادية ياسين
MA | Mehdi Ben Barka; Ben Barka | المهدي بن بركة; مهدي بن بركة; بن بركة
MA | Allal al-Fassi; Allal El Fassi | علال الفاسي
MA | Abderrahim Bouabid | عبد الرحيم بوعبيد
DZ | Houari Boumediene; Boumediene | هواري بومدين; بومدين
DZ | Ahmed Ben Bella; Ben Bella | أحمد بن بلة; بن بلة
DZ | Chadli Bendjedid; Chadli Benjedid | الشاذلي بنجديد
DZ | Mohamed Boudiaf; Boudiaf | محمد بوضياف; بوضياف
DZ | Liamine Zeroual; Lamine Zeroual; Zeroual | اليامين زروال; الأمين زروال; ليامين زروال; زروال
DZ | Hocine Aït Ahmed; Hocine Ait Ahmed | حسين آيت أحمد; آيت أحمد
DZ | Ali Belhadj; Ali Benhadj | علي بلحاج
DZ | Mouloud Hamrouche | مولود حمروش
DZ | Mokdad Sifi | مقداد سيفي
DZ | Ahmed Taleb Ibrahimi | أحمد طالب الإبراهيمي
DZ | Mohamed Bedjaoui | محمد بجاوي
DZ | Mourad Medelci | مراد مدلسي
DZ | Khaled Nezzar | خالد نزار
DZ | Mohamed Lamari | محمد العماري
DZ | Abdelhamid Ben Badis; Ben Badis | عبد الحميد بن باديس; ابن باديس
DZ | Emir Abdelkader; Abdelkader El Djezairi | الأمير عبد القادر
DZ | Larbi Ben M'hidi | العربي بن مهيدي
DZ | Djamila Bouhired | جميلة بوحيرد
DZ | Louisa Hanoune | لويزة حنون
DZ | Said Sadi | سعيد سعدي
TN | Habib Bourguiba; Bourguiba | الحبيب بورقيبة; بورقيبة
TN | Hédi Nouira; Hedi Nouira | الهادي نويرة
TN | Mohamed Mzali | محمد مزالي
TN | Hamed Karoui | حامد القروي
TN | Habib Ben Yahia | الحبيب بن يحيى
TN | Abdelwahab Abdallah | عبد الوهاب عبد الله
TN | Farhat Hached | فرحات حشاد
TN | Leila Ben Ali; Leila Trabelsi | ليلى بن علي; ليلى الطرابلسي
TN | Mohamed Bouazizi; Bouazizi | محمد البوعزيزي; البوعزيزي
TN | Chedli Klibi | الشاذلي القليبي
TN | Ahmed Mestiri | أحمد المستيري
TN | Mustapha Ben Jafar | مصطفى بن جعفر
TN | Nejib Chebbi; Ahmed Nejib Chebbi | أحمد نجيب الشابي
TN | Hamma Hammami | حمة الهمامي
TN | Chokri Belaid | شكري بلعيد
LY | King Idris; Idris of Libya | الملك إدريس; الملك إدريس السنوسي
LY | Omar Mukhtar | عمر المختار
LY | Abdessalam Jalloud; Abdel Salam Jalloud | عبد السلام جلود
LY | Abdel Rahman Shalgham; Abdurrahman Shalgam | عبد الرحمن شلقم
LY | Moussa Koussa | موسى كوسا
LY | Abdullah Senussi; Abdullah al-Senussi | عبد الله السنوسي
LY | Abdelbaset al-Megrahi; Abdel Basset Ali al-Megrahi; Megrahi | عبد الباسط المقرحي; عبد الباسط علي المقرحي; المقرحي
LY | Mutassim Gaddafi | المعتصم القذافي; المعتصم بالله القذافي
LY | Khamis Gaddafi | خميس القذافي
LY | Saadi Gaddafi; Al-Saadi Gaddafi | الساعدي القذافي
LY | Hannibal Gaddafi | هانيبال القذافي
LY | Aisha Gaddafi | عائشة القذافي
LY | Abdul Ati al-Obeidi | عبد العاطي العبيدي
SD | Gaafar Nimeiry; Jaafar Nimeiri; Nimeiry | جعفر نميري; جعفر محمد نميري; النميري
SD | Sadiq al-Mahdi; Sadiq al-Mahdi | الصادق المهدي
SD | Ali Osman Taha | علي عثمان محمد طه; علي عثمان طه
SD | Mustafa Osman Ismail | مصطفى عثمان إسماعيل
SD | John Garang | جون قرنق; جون غارانغ
SD | Mohammed Osman al-Mirghani | محمد عثمان الميرغني
SD | Nafie Ali Nafie | نافع علي نافع
SD | Ali Karti | علي كرتي
SD | Minni Minnawi | مني أركو مناوي; مني مناوي
SD | Ahmed Haroun | أحمد هارون
SD | Ali Kushayb | علي كوشيب
SD | Musa Hilal | موسى هلال
SD | Ismail al-Azhari | إسماعيل الأزهري
SY | Adib Shishakli | أديب الشيشكلي
SY | Shukri al-Quwatli | شكري القوتلي
SY | Nureddin al-Atassi | نور الدين الأتاسي
SY | Mahmoud al-Zoubi | محمود الزعبي
SY | Rifaat al-Assad; Rifaat Assad | رفعت الأسد
SY | Basil al-Assad; Bassel al-Assad | باسل الأسد
SY | Asma al-Assad | أسماء الأسد
SY | Bouthaina Shaaban; Buthaina Shaaban | بثينة شعبان
SY | Hikmat al-Shihabi | حكمت الشهابي
SY | Assef Shawkat | آصف شوكت
SY | Hassan Turkmani | حسن تركماني
SY | Daoud Rajiha | داود راجحة
SY | Fayssal Mekdad; Faisal Mekdad | فيصل المقداد
SY | Bashar Jaafari; Bashar al-Jaafari | بشار الجعفري
SY | Michel Aflaq | ميشيل عفلق; ميشال عفلق
SY | Salah al-Din al-Bitar | صلاح الدين البيطار
SY | Burhan Ghalioun | برهان غليون
SY | Abdul Basit Sieda | عبد الباسط سيدا
SY | Moaz al-Khatib; Ahmad Moaz al-Khatib | معاذ الخطيب; أحمد معاذ الخطيب
SY | Riad al-Asaad | رياض الأسعد
SY | Sultan al-Atrash; Sultan Pasha al-Atrash | سلطان الأطرش; سلطان باشا الأطرش
IQ | King Faisal I of Iraq; Faisal I of Iraq | الملك فيصل الأول
IQ | King Faisal II; Faisal II of Iraq | الملك فيصل الثاني
IQ | Abd al-Karim Qasim; Abdul Karim Qassem | عبد الكريم قاسم
IQ | Abdul Salam Arif | عبد السلام عارف
IQ | Abdul Rahman Arif | عبد الرحمن عارف
IQ | Ahmed Hassan al-Bakr | أحمد حسن البكر
IQ | Ali Hassan al-Majid | علي حسن المجيد
IQ | Barzan Ibrahim al-Tikriti | برزان إبراهيم التكريتي; برزان التكريتي
IQ | Watban Ibrahim al-Hassan | وطبان إبراهيم الحسن
IQ | Sabawi Ibrahim al-Hassan | سبعاوي إبراهيم الحسن
IQ | Mohammed Saeed al-Sahhaf; al-Sahhaf | محمد سعيد الصحاف; الصحاف
IQ | Hussein Kamel al-Majid | حسين كامل المجيد; حسين كامل
IQ | Amer al-Saadi | عامر السعدي
IQ | Huda Salih Mahdi Ammash | هدى صالح مهدي عماش; هدى عماش
IQ | Sajida Talfah | ساجدة طلفاح; ساجدة خير الله طلفاح
IQ | Raghad Saddam Hussein; Raghad Hussein | رغد صدام حسين
IQ | Awad Hamed al-Bandar | عواد حمد البندر
IQ | Rauf Rashid Abdel Rahman; Raouf Abdel Rahman | رؤوف رشيد عبد الرحمن
IQ | Rizgar Mohammed Amin | رزكار محمد أمين
IQ | Mustafa Barzani; Mullah Mustafa Barzani | مصطفى بارزاني; الملا مصطفى البارزاني
IQ | Adnan Pachachi | عدنان الباججي
IQ | Mahmoud al-Mashhadani | محمود المشهداني
IQ | Osama al-Nujaifi | أسامة النجيفي
IQ | Atheel al-Nujaifi | أثيل النجيفي
IQ | Saleh al-Mutlaq | صالح المطلك
IQ | Rafi al-Issawi | رافع العيساوي
IQ | Harith al-Dhari | حارث الضاري; الشيخ حارث الضاري
IQ | Adnan al-Dulaimi | عدنان الدليمي
IQ | Abdul Sattar Abu Risha | عبد الستار أبو ريشة
IQ | Ahmed Abu Risha | أحمد أبو ريشة
IQ | Bayan Jabr; Bayan Jabr Solagh | باقر جبر صولاغ; بيان باقر صولاغ
IQ | Jawad al-Bulani | جواد البولاني
IQ | Abdul Qadir al-Obeidi; Abdul Qader Mohammed Jassim | عبد القادر العبيدي; عبد القادر محمد جاسم
IQ | Hussain al-Shahristani | حسين الشهرستاني
IQ | Ali Allawi | علي علاوي
IQ | Mowaffak al-Rubaie | موفق الربيعي
IQ | Ali al-Dabbagh | علي الدباغ
IQ | Khudayr al-Khuzai; Khodair al-Khozaei | خضير الخزاعي
IQ | Iyad al-Samarrai | إياد السامرائي
IQ | Mohammed Sadiq al-Sadr | محمد صادق الصدر
IQ | Mohammad Baqir al-Sadr | محمد باقر الصدر
IQ | Abu al-Qasim al-Khoei; Grand Ayatollah Abu al-Qasim al-Khoei | أبو القاسم الخوئي
IQ | Abdul Majid al-Khoei | عبد المجيد الخوئي
IQ | Mohammad Saeed al-Hakim | محمد سعيد الحكيم
IQ | Muhsin al-Hakim | محسن الحكيم
IQ | Bashir al-Najafi | بشير النجفي
IQ | Mohammad Ishaq al-Fayyad | محمد إسحاق الفياض
IQ | Kadhim al-Haeri; Kazem al-Haeri | كاظم الحائري
IQ | Mohammad al-Yaqoubi | محمد اليعقوبي
IQ | Kosrat Rasul Ali | كوسرت رسول علي
IQ | Nawshirwan Mustafa | نوشيروان مصطفى
IQ | Fuad Hussein | فؤاد حسين
IQ | Rowsch Shaways | روز نوري شاويس; روش نوري شاويس
SA | Faisal bin Abdulaziz; King Faisal | الملك فيصل; فيصل بن عبد العزيز; الملك فيصل بن عبد العزيز
SA | Khalid bin Abdulaziz; King Khalid | الملك خالد; خالد بن عبد العزيز; الملك خالد بن عبد العزيز
SA | Saud bin Abdulaziz; King Saud | الملك سعود; سعود بن عبد العزيز; الملك سعود بن عبد العزيز
SA | Ibn Saud; Abdulaziz ibn Saud; King Abdulaziz | الملك عبد العزيز آل سعود; عبد العزيز آل سعود; الملك عبد العزيز بن عبد الرحمن آل سعود
SA | Alwaleed bin Talal; Al-Waleed bin Talal | الوليد بن طلال
SA | Talal bin Abdulaziz | طلال بن عبد العزيز
SA | Muqrin bin Abdulaziz | مقرن بن عبد العزيز
SA | Ahmed bin Abdulaziz | أحمد بن عبد العزيز
SA | Khalid al-Faisal; Khalid bin Faisal | خالد الفيصل; خالد بن فيصل
SA | Abdulaziz bin Abdullah | عبد العزيز بن عبد الله
SA | Miteb bin Abdullah | متعب بن عبد الله
SA | Mutaib bin Abdulaziz | متعب بن عبد العزيز
SA | Ghazi Algosaibi; Ghazi al-Gosaibi | غازي القصيبي
SA | Ali al-Naimi | علي النعيمي
SA | Abdulaziz Khoja | عبد العزيز خوجة
SA | Ahmed Zaki Yamani | أحمد زكي يماني
SA | Abdullah Al-Rabeeah | عبد الله الربيعة
SA | Abdulaziz bin Baz; Ibn Baz | عبد العزيز بن باز; الشيخ عبد العزيز بن باز; ابن باز
SA | Muhammad ibn al-Uthaymeen; Ibn Uthaymeen | محمد بن صالح العثيمين; محمد بن عثيمين; ابن عثيمين
SA | Abdul Rahman al-Sudais; Sudais | عبد الرحمن السديس; السديس
SA | Saleh al-Fawzan | صالح الفوزان
SA | Safar al-Hawali | سفر الحوالي
SA | Aidh al-Qarni; A'id al-Qarni | عائض القرني
SA | Muhammad ibn Abd al-Wahhab | محمد بن عبد الوهاب; الشيخ محمد بن عبد الوهاب
KW | Ahmad Al-Jaber Al-Sabah | أحمد الجابر الصباح
KW | Abdullah Al-Salim Al-Sabah | عبد الله السالم الصباح
KW | Sabah Al-Salim Al-Sabah | صباح السالم الصباح
KW | Ahmed al-Sadoun; Ahmad al-Saadoun | أحمد السعدون
KW | Jassem al-Kharafi; Jassim al-Kharafi | جاسم الخرافي
KW | Marzouq al-Ghanim | مرزوق الغانم
KW | Suleiman Abu Ghaith | سليمان أبو غيث
KW | Mohammed Al-Sabah Al-Salem Al-Sabah; Mohammad Al-Sabah | محمد الصباح السالم الصباح
BH | Isa bin Salman Al Khalifa | عيسى بن سلمان آل خليفة
BH | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة
BH | Ali Salman; Sheikh Ali Salman | الشيخ علي سلمان
BH | Isa Qassim; Isa Qasim | عيسى قاسم; الشيخ عيسى قاسم
QA | Khalifa bin Hamad Al Thani | خليفة بن حمد آل ثاني
QA | Sheikha Moza bint Nasser; Moza bint Nasser | الشيخة موزة; موزة بنت ناصر المسند; الشيخة موزة بنت ناصر المسند
QA | Abdullah bin Hamad Al Attiyah | عبد الله بن حمد العطية
QA | Khalid bin Mohammad Al Attiyah | خالد بن محمد العطية
AE | Rashid bin Saeed Al Maktoum | راشد بن سعيد آل مكتوم
AE | Hamdan bin Mohammed Al Maktoum; Hamdan bin Mohammed | حمدان بن محمد آل مكتوم; حمدان بن محمد بن راشد
AE | Hamdan bin Rashid Al Maktoum | حمدان بن راشد آل مكتوم
AE | Sultan bin Muhammad Al-Qasimi | سلطان بن محمد القاسمي
AE | Hamdan bin Zayed Al Nahyan | حمدان بن زايد آل نهيان
AE | Mansour bin Zayed Al Nahyan; Sheikh Mansour | منصور بن زايد آل نهيان; منصور بن زايد
AE | Saif bin Zayed Al Nahyan | سيف بن زايد آل نهيان
AE | Rashid Abdullah Al Nuaimi | راشد عبد الله النعيمي
AE | Anwar Gargash | أنور قرقاش
OM | Yusuf bin Alawi bin Abdullah | يوسف بن علوي بن عبد الله
YE | Ali Salem al-Beidh; Ali Salim al-Beidh | علي سالم البيض
YE | Haidar Abu Bakr al-Attas | حيدر أبو بكر العطاس
YE | Abdul Karim al-Iryani | عبد الكريم الإرياني
YE | Abdullah al-Ahmar; Abdullah bin Husayn al-Ahmar | عبد الله بن حسين الأحمر; الشيخ عبد الله الأحمر
YE | Hamid al-Ahmar | حميد الأحمر
YE | Abu Bakr al-Qirbi | أبو بكر القربي
YE | Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي
YE | Abdul Majeed al-Zindani; Abdul Majid al-Zindani | عبد المجيد الزنداني
YE | Ahmed Ali Abdullah Saleh; Ahmed Ali Saleh | أحمد علي عبد الله صالح
YE | Abdul Fattah Ismail | عبد الفتاح إسماعيل
YE | Ali Nasser Mohammed | علي ناصر محمد
YE | Nasir al-Wuhayshi | ناصر الوحيشي
YE | Qasim al-Raymi | قاسم الريمي
LB | Camille Chamoun | كميل شمعون
LB | Fouad Chehab; Fuad Shihab | فؤاد شهاب
LB | Bachir Gemayel | بشير الجميل
LB | Amine Gemayel | أمين الجميل
LB | Sami Gemayel | سامي الجميل
LB | Kamal Jumblatt | كمال جنبلاط
LB | Elias Hrawi | إلياس الهراوي; الياس الهراوي
LB | René Moawad; Rene Moawad | رينيه معوض
LB | Nayla Moawad | نايلة معوض
LB | Rashid Karami | رشيد كرامي
LB | Bechara El Khoury | بشارة الخوري
LB | Suleiman Frangieh; Sleiman Frangieh | سليمان فرنجية
LB | Dany Chamoun | داني شمعون
LB | Dory Chamoun | دوري شمعون
LB | Talal Arslan | طلال أرسلان
LB | Marwan Hamadeh | مروان حمادة
LB | Ghazi Aridi | غازي العريضي
LB | Ghassan Tueni | غسان تويني
LB | Gebran Tueni | جبران تويني
LB | George Hawi | جورج حاوي
LB | Elie Hobeika | إيلي حبيقة
LB | Saad Haddad | سعد حداد
LB | Walid Eido | وليد عيدو
LB | Antoine Ghanem | أنطوان غانم
LB | Wissam al-Hassan | وسام الحسن
LB | Ashraf Rifi | أشرف ريفي
LB | Bahia Hariri | بهية الحريري
LB | Nazek Hariri | نازك الحريري
LB | Musa al-Sadr; Imam Musa al-Sadr | موسى الصدر; الإمام موسى الصدر
LB | Mohammad Hussein Fadlallah; Fadlallah | محمد حسين فضل الله; السيد محمد حسين فضل الله
LB | Mohammad Mahdi Shamseddine | محمد مهدي شمس الدين
LB | Abdul Amir Qabalan | عبد الأمير قبلان
LB | Mohammed Rashid Qabbani | محمد رشيد قباني
LB | Hassan Khaled | المفتي حسن خالد
LB | Nasrallah Boutros Sfeir; Patriarch Sfeir | نصر الله بطرس صفير; البطريرك صفير
LB | Abbas al-Musawi | عباس الموسوي
LB | Subhi al-Tufayli | صبحي الطفيلي
LB | Mustafa Badreddine | مصطفى بدر الدين
LB | Wafiq Safa | وفيق صفا
LB | Nawaf al-Moussawi | نواف الموسوي
LB | Mohammad Fneish | محمد فنيش
LB | Fares Boueiz | فارس بويز
LB | Jean Obeid | جان عبيد
LB | Fawzi Salloukh | فوزي صلوخ
LB | Adnan Mansour | عدنان منصور
LB | Elias Skaff | إلياس سكاف
PS | Abu Nidal; Sabri al-Banna | صبري البنا
PS | Abu Abbas; Muhammad Zaidan | أبو العباس; محمد عباس أبو العباس
PS | Farouk Kaddoumi; Farouk Qaddoumi; Abu Lutf | فاروق القدومي
PS | Faisal Husseini | فيصل الحسيني
PS | Abd al-Qadir al-Husayni | عبد القادر الحسيني
PS | Amin al-Husseini; Hajj Amin al-Husseini | أمين الحسيني; الحاج أمين الحسيني
PS | Haidar Abdel-Shafi | حيدر عبد الشافي
PS | Nabil Shaath | نبيل شعث
PS | Yasser Abed Rabbo | ياسر عبد ربه
PS | Hani al-Hassan | هاني الحسن
PS | Hakam Balawi | حكم بلعاوي
PS | Nasser Yousef | نصر يوسف
PS | Moussa Arafat | موسى عرفات
PS | Suha Arafat | سهى عرفات
PS | Ismail Abu Shanab | إسماعيل أبو شنب
PS | Ibrahim al-Maqadma | إبراهيم المقادمة
PS | Salah Shehade; Salah Shehadeh | صلاح شحادة
PS | Yahya Ayyash | يحيى عياش
PS | Nizar Rayan | نزار ريان
PS | Fathi Shaqaqi; Fathi Shikaki | فتحي الشقاقي
PS | Ramadan Shalah; Ramadan Abdullah Shallah | رمضان عبد الله شلح; رمضان شلح
PS | Khader Adnan | خضر عدنان
PS | Ahmed Jibril | أحمد جبريل
PS | Abu Ali Mustafa | أبو علي مصطفى
PS | Zakaria Zubeidi | زكريا الزبيدي
PS | Sakhr Habash | صخر حبش
PS | Tayseer Khaled | تيسير خالد
PS | Azzam al-Ahmad | عزام الأحمد
PS | Sami Abu Zuhri | سامي أبو زهري
PS | Fawzi Barhoum | فوزي برهوم
PS | Osama Hamdan | أسامة حمدان
PS | Raed Salah; Sheikh Raed Salah | رائد صلاح; الشيخ رائد صلاح
PS | Ikrima Sabri; Ekrima Sabri | عكرمة صبري; الشيخ عكرمة صبري
PS | Muhammad Ahmad Hussein | محمد أحمد حسين
PS | Taysir Tamimi | تيسير التميمي
PS | Azmi Bishara | عزمي بشارة
PS | Ahmad Tibi | أحمد الطيبي
PS | Ghassan Kanafani; Kanafani | غسان كنفاني; كنفاني
PS | Emile Habibi | إميل حبيبي; إميل حبيبي
PS | Naji al-Ali | ناجي العلي
# Leaders of the twentieth century and the 1990s: Iran, Turkey, Israel
IR | Ruhollah Khomeini; Ayatollah Khomeini; Khomeini | روح الله الخميني; آية الله الخميني; الإمام الخميني; الخميني
IR | Mohammad Reza Pahlavi | محمد رضا بهلوي
IR | Reza Pahlavi | رضا بهلوي
IR | Farah Pahlavi | فرح بهلوي; فرح ديبا
IR | Mohammad-Ali Rajai | محمد علي رجائي
IR | Mohammad Mosaddegh; Mossadegh | محمد مصدق
IR | Hossein-Ali Montazeri; Montazeri | حسين علي منتظري; آية الله منتظري; منتظري
IR | Ali Akbar Nateq-Nouri | علي أكبر ناطق نوري; ناطق نوري
IR | Mahmoud Hashemi Shahroudi | محمود هاشمي شاهرودي
IR | Ahmad Jannati | أحمد جنتي
IR | Mohammad Taghi Mesbah Yazdi; Mesbah Yazdi | محمد تقي مصباح يزدي; مصباح يزدي
IR | Kamal Kharazi | كمال خرازي
IR | Ali Akbar Salehi | علي أكبر صالحي
IR | Hassan Firouzabadi | حسن فيروز آبادي
IR | Yahya Rahim Safavi | يحيى رحيم صفوي
IR | Mohammad Ali Jafari | محمد علي جعفري
IR | Mohsen Rezaee; Mohsen Rezaei | محسن رضائي
IR | Ali Shamkhani | علي شمخاني
IR | Esfandiar Rahim Mashaei | إسفنديار رحيم مشائي
IR | Gholamreza Aghazadeh | غلام رضا آقا زاده
IR | Hassan Khomeini | حسن الخميني
IR | Ahmad Khomeini | أحمد الخميني
IR | Mojtaba Khamenei | مجتبى خامنئي
IR | Mohammad Reza Khatami | محمد رضا خاتمي
IR | Shirin Ebadi | شيرين عبادي
IR | Narges Mohammadi | نرجس محمدي
IR | Ali Shariati | علي شريعتي
IR | Abdolkarim Soroush | عبد الكريم سروش
TR | Mustafa Kemal Atatürk; Mustafa Kemal Ataturk; Atatürk; Ataturk | مصطفى كمال أتاتورك; كمال أتاتورك; أتاتورك
TR | Turgut Özal; Turgut Ozal | تورغوت أوزال; طورغوت أوزال
TR | Süleyman Demirel; Suleyman Demirel; Demirel | سليمان ديميريل; سليمان دميريل; ديميريل
TR | Tansu Çiller; Tansu Ciller | تانسو تشيلر; تانسو شيلر
TR | Necmettin Erbakan; Erbakan | نجم الدين أربكان; أربكان
TR | Mesut Yılmaz; Mesut Yilmaz | مسعود يلماز
TR | Adnan Menderes | عدنان مندريس
TR | İsmet İnönü; Ismet Inonu | عصمت إينونو
TR | Kenan Evren | كنعان إيفرين
TR | Ali Babacan | علي باباجان
TR | Bülent Arınç; Bulent Arinc | بولنت أرينتش
TR | Yaşar Büyükanıt | يشار بيوك أنيت
TR | Hilmi Özkök | حلمي أوزكوك
TR | Ekmeleddin İhsanoğlu; Ekmeleddin Ihsanoglu | أكمل الدين إحسان أوغلو
TR | Murat Karayılan; Murat Karayilan | مراد قره يلان
TR | Orhan Pamuk | أورهان باموك
TR | Nazım Hikmet; Nazim Hikmet | ناظم حكمت
TR | Yaşar Kemal; Yasar Kemal | ياشار كمال
IL | David Ben-Gurion; Ben-Gurion | ديفيد بن غوريون; دافيد بن غوريون; بن غوريون
IL | Golda Meir | غولدا مائير; جولدا مائير
IL | Menachem Begin | مناحيم بيغن; مناحيم بيجن
IL | Yitzhak Rabin; Rabin | إسحاق رابين; اسحق رابين; رابين
IL | Yitzhak Shamir | إسحاق شامير; اسحق شامير
IL | Moshe Dayan | موشيه دايان; موشي دايان
IL | Levi Eshkol | ليفي أشكول
IL | Chaim Herzog | حاييم هرتسوغ
IL | Chaim Weizmann | حاييم وايزمان
IL | Theodor Herzl; Herzl | تيودور هرتزل; ثيودور هرتزل; هرتزل
IL | Natan Sharansky | ناتان شارانسكي
IL | Yossi Beilin | يوسي بيلين
IL | Amram Mitzna | عمرام متسناع
IL | Benjamin Ben-Eliezer; Fuad Ben-Eliezer | بنيامين بن إليعازر; بنيامين بن أليعازر
IL | Yuval Steinitz | يوفال شتاينتس
IL | Uzi Landau | عوزي لانداو
IL | Ovadia Yosef | عوفاديا يوسف
IL | Eli Yishai | إيلي يشاي
IL | Meir Kahane | مائير كاهانا
IL | Baruch Goldstein | باروخ غولدشتاين
IL | Yigal Amir | يغئال عمير
IL | Mordechai Vanunu; Vanunu | مردخاي فعنونو; مردخاي فانونو; فعنونو
IL | Gilad Shalit; Shalit | جلعاد شاليط; شاليط
IL | Meir Dagan | مئير داغان
IL | Yuval Diskin | يوفال ديسكين
IL | Moshe Arens | موشيه أرينز
IL | Yitzhak Mordechai | إسحاق موردخاي
IL | Dan Meridor | دان مريدور
IL | Dov Weissglass | دوف فايسغلاس
IL | Raanan Gissin | رعنان غيسين
IL | Mark Regev | مارك ريغيف
IL | Ron Dermer | رون ديرمر
IL | Danny Danon | داني دانون
IL | Avraham Burg | أبراهام بورغ
IL | Moshe Feiglin | موشيه فيغلين
IL | Ayelet Shaked | أييليت شاكيد
IL | Gideon Sa'ar; Gideon Saar | جدعون ساعر
IL | Israel Katz | يسرائيل كاتس
IL | Yoni Netanyahu | يوني نتنياهو
IL | Sara Netanyahu | سارة نتنياهو
# Leaders of the twentieth century and the 1990s: the world
US | George H. W. Bush; George Herbert Walker Bush; George Bush Sr. | جورج بوش الأب; جورج هربرت ووكر بوش; بوش الأب
US | Ronald Reagan; Reagan | رونالد ريغان; رونالد ريجان; ريغان; ريجان
US | Jimmy Carter | جيمي كارتر
US | Gerald Ford | جيرالد فورد
US | Richard Nixon; Nixon | ريتشارد نيكسون; نيكسون
US | Lyndon B. Johnson; Lyndon Johnson | ليندون جونسون
US | John F. Kennedy; John Kennedy | جون كينيدي; جون كنيدي; جون إف كينيدي
US | Robert F. Kennedy; Robert Kennedy | روبرت كينيدي; روبرت كنيدي
US | Ted Kennedy; Edward Kennedy | تيد كينيدي; إدوارد كينيدي
US | Dwight D. Eisenhower; Eisenhower | دوايت أيزنهاور; أيزنهاور
US | Harry S. Truman; Harry Truman; Truman | هاري ترومان; ترومان
US | Franklin D. Roosevelt; Franklin Roosevelt | فرانكلين روزفلت; فرانكلين روزفيلت
US | Theodore Roosevelt | ثيودور روزفلت; تيودور روزفلت
US | Abraham Lincoln | أبراهام لينكولن; ابراهام لنكولن
US | George Washington | جورج واشنطن
US | Thomas Jefferson | توماس جيفرسون
US | Woodrow Wilson | وودرو ويلسون
US | Martin Luther King Jr.; Martin Luther King | مارتن لوثر كينغ; مارتن لوثر كنغ; مارتن لوثر كينج
US | Malcolm X | مالكوم إكس; مالكولم إكس
US | Rosa Parks | روزا باركس
US | Jesse Jackson | جيسي جاكسون
US | Louis Farrakhan; Farrakhan | لويس فرخان; لويس فاراخان; فرخان
US | Al Gore | آل غور
US | Dan Quayle | دان كويل
US | Mike Pence | مايك بنس
US | Chelsea Clinton | تشيلسي كلينتون
US | Laura Bush | لورا بوش
US | Michelle Obama | ميشيل أوباما; ميشال أوباما
US | Jeb Bush | جيب بوش
US | James Baker; James A. Baker | جيمس بيكر; جيمس بيكر الثالث
US | Lawrence Eagleburger | لورانس إيغلبرغر
US | Warren Christopher | وارن كريستوفر
US | Madeleine Albright; Albright | مادلين أولبرايت; أولبرايت
US | Henry Kissinger; Kissinger | هنري كيسنجر; هنري كيسينجر; كيسنجر; كيسينجر
US | Zbigniew Brzezinski; Brzezinski | زبيغنيو بريجنسكي; بريجنسكي
US | Brent Scowcroft | برنت سكوكروفت
US | Sandy Berger; Samuel Berger | ساندي بيرغر; صموئيل بيرغر
US | Stephen Hadley | ستيفن هادلي
US | Les Aspin | ليس أسبن
US | William Perry | وليام بيري; ويليام بيري
US | William Cohen | وليام كوهين; ويليام كوهين
US | Robert Gates | روبرت غيتس; روبرت جيتس
US | Leon Panetta | ليون بانيتا
US | Chuck Hagel | تشاك هاغل
US | Ashton Carter | آشتون كارتر; أشتون كارتر
US | Jim Mattis; James Mattis | جيمس ماتيس; جيم ماتيس
US | Mark Esper | مارك إسبر
US | Lloyd Austin | لويد أوستن
US | Pete Hegseth | بيت هيغسيث
US | Paul Wolfowitz; Wolfowitz | بول وولفويتز; وولفويتز
US | Richard Perle | ريتشارد بيرل
US | Douglas Feith | دوغلاس فايث
US | Richard Armitage | ريتشارد أرميتاج
US | John Ashcroft | جون أشكروفت
US | Alberto Gonzales | ألبرتو غونزاليس
US | Tom Ridge | توم ريدج
US | Michael Chertoff | مايكل شيرتوف
US | Janet Napolitano | جانيت نابوليتانو
US | Eric Holder | إريك هولدر
US | Karl Rove | كارل روف
US | Ari Fleischer | آري فلايشر
US | Scott McClellan | سكوت ماكليلان
US | Tony Snow | توني سنو
US | Dana Perino | دانا بيرينو
US | Robert Gibbs | روبرت غيبس
US | Rahm Emanuel | رام إيمانويل
US | Susan Rice | سوزان رايس
US | Samantha Power | سامانثا باور
US | Jake Sullivan | جيك سوليفان
US | H. R. McMaster | هربرت ماكماستر; إتش آر ماكماستر
US | Michael Flynn | مايكل فلين
US | Mike Waltz | مايك والتز
US | Tulsi Gabbard | تولسي غابارد
US | Nikki Haley | نيكي هيلي
US | George Tenet | جورج تينيت; تينيت
US | Porter Goss | بورتر غوس
US | Michael Hayden | مايكل هايدن
US | David Petraeus; Petraeus | ديفيد بترايوس; ديفيد بتريوس; بترايوس; بتريوس
US | John Brennan | جون برينان
US | William Burns; William J. Burns | وليام بيرنز; ويليام بيرنز
US | Robert Mueller | روبرت مولر
US | James Comey | جيمس كومي
US | Alan Greenspan; Greenspan | آلان غرينسبان; ألان جرينسبان; غرينسبان
US | Ben Bernanke; Bernanke | بن برنانكي; برنانكي
US | Janet Yellen | جانيت يلين
US | Jerome Powell | جيروم باول
US | Henry Paulson; Hank Paulson | هنري بولسون; هنري بولسن
US | Timothy Geithner | تيموثي غايتنر; تيموثي جايتنر
US | Lawrence Summers; Larry Summers | لورانس سمرز; لاري سمرز
US | Robert Rubin | روبرت روبين
US | Tommy Franks | تومي فرانكس
US | John Abizaid | جون أبي زيد
US | Ricardo Sanchez | ريكاردو سانشيز
US | George Casey; George W. Casey | جورج كيسي
US | Ray Odierno; Raymond Odierno | راي أوديرنو; ريموند أوديرنو
US | Stanley McChrystal | ستانلي ماكريستال
US | Norman Schwarzkopf; Schwarzkopf | نورمان شوارزكوف; شوارتزكوف
US | Wesley Clark | ويسلي كلارك
US | Richard Myers | ريتشارد مايرز
US | Peter Pace | بيتر بيس
US | Mike Mullen | مايك مولن
US | Martin Dempsey | مارتن ديمبسي
US | Mark Milley | مارك ميلي
US | William Fallon | وليام فالون
US | Richard Holbrooke; Holbrooke | ريتشارد هولبروك; هولبروك
US | Dennis Ross | دينيس روس; دنيس روس
US | Martin Indyk | مارتن إنديك
US | Aaron David Miller | آرون ديفيد ميلر
US | Elliott Abrams | إليوت أبرامز
US | David Welch | ديفيد ولش; ديفيد وولش
US | Edward Djerejian | إدوارد جيرجيان
US | Ryan Crocker | رايان كروكر
US | Anthony Zinni | أنتوني زيني
US | Christopher Stevens | كريستوفر ستيفنز
US | John McCain; McCain | جون ماكين; ماكين
US | Nancy Pelosi; Pelosi | نانسي بيلوسي; بيلوسي
US | Harry Reid | هاري ريد
US | Joe Lieberman | جو ليبرمان; جوزيف ليبرمان
US | Newt Gingrich | نيوت غينغريتش
US | Sarah Palin | سارة بالين
US | Mitt Romney | ميت رومني
US | Bernie Sanders | بيرني ساندرز
US | Elizabeth Warren | إليزابيث وارن
US | Michael Moore | مايكل مور
US | Monica Lewinsky | مونيكا لوينسكي
US | Timothy McVeigh | تيموثي ماكفي
US | Edward Snowden; Snowden | إدوارد سنودن; سنودن
US | Julian Assange; Assange | جوليان أسانج; أسانج
US | Chelsea Manning; Bradley Manning | برادلي مانينغ; تشيلسي مانينغ
US | John Walker Lindh | جون ووكر ليند
RU | Boris Yeltsin; Yeltsin | بوريس يلتسين; يلتسين
RU | Mikhail Gorbachev; Gorbachev | ميخائيل غورباتشوف; ميخائيل جورباتشوف; غورباتشوف; جورباتشوف
RU | Leonid Brezhnev; Brezhnev | ليونيد بريجنيف; بريجنيف
RU | Nikita Khrushchev; Khrushchev | نيكيتا خروتشوف; خروتشوف
RU | Joseph Stalin; Stalin | جوزيف ستالين; ستالين
RU | Vladimir Lenin; Lenin | فلاديمير لينين; لينين
RU | Leon Trotsky; Trotsky | ليون تروتسكي; تروتسكي
RU | Yuri Andropov; Andropov | يوري أندروبوف; أندروبوف
RU | Konstantin Chernenko | قسطنطين تشيرنينكو
RU | Yevgeny Primakov; Primakov | يفغيني بريماكوف; يفجيني بريماكوف; بريماكوف
RU | Viktor Chernomyrdin; Chernomyrdin | فيكتور تشيرنوميردين; تشيرنوميردين
RU | Sergei Kiriyenko | سيرغي كيرينكو; سيرجي كيرينكو
RU | Sergei Stepashin | سيرغي ستيباشين
RU | Igor Ivanov | إيغور إيفانوف; إيجور إيفانوف
RU | Sergei Ivanov | سيرغي إيفانوف; سيرجي إيفانوف
RU | Andrei Kozyrev | أندريه كوزيريف
RU | Eduard Shevardnadze; Shevardnadze | إدوارد شيفرنادزه; شيفرنادزه
RU | Andrei Gromyko | أندريه غروميكو
RU | Sergei Shoigu | سيرغي شويغو
RU | Alexander Lebed | ألكسندر ليبيد
RU | Vladimir Zhirinovsky; Zhirinovsky | فلاديمير جيرينوفسكي; جيرينوفسكي
RU | Gennady Zyuganov; Zyuganov | غينادي زيوغانوف; زيوغانوف
RU | Mikhail Khodorkovsky; Khodorkovsky | ميخائيل خودوركوفسكي; خودوركوفسكي
RU | Boris Berezovsky | بوريس بيريزوفسكي
RU | Roman Abramovich; Abramovich | رومان أبراموفيتش; أبراموفيتش
RU | Alexei Navalny; Navalny | أليكسي نافالني; نافالني
RU | Anna Politkovskaya | آنا بوليتكوفسكايا
RU | Alexander Litvinenko | ألكسندر ليتفيننكو
RU | Akhmad Kadyrov | أحمد قديروف
RU | Dzhokhar Dudayev; Dudayev | جوهر دوداييف; دوداييف
RU | Aslan Maskhadov; Maskhadov | أصلان مسخادوف; مسخادوف
RU | Shamil Basayev; Basayev | شامل باساييف; باساييف
RU | Zelimkhan Yandarbiyev | زليمخان يندرباييف; زليم خان ياندرباييف
RU | Yuri Gagarin; Gagarin | يوري غاغارين; يوري جاجارين; غاغارين
CN | Mao Zedong; Mao Tse-tung; Chairman Mao | ماو تسي تونغ; ماو تسي تونج; ماو تسيتونغ
CN | Deng Xiaoping | دنغ شياو بينغ; دينغ شياو بينغ; دنج شياو بينج
CN | Zhou Enlai | شو إن لاي; تشو إن لاي
CN | Li Peng | لي بنغ; لي بينغ
CN | Sun Yat-sen | صن يات سين
CN | Tang Jiaxuan | تانغ جيا شيوان; تانغ جياشوان
CN | Li Zhaoxing | لي تشاو شينغ; لي جاو شينغ
CN | Yang Jiechi | يانغ جيه تشي; يانغ جيتشي
CN | Wang Yi | وانغ يي
CN | Zhao Ziyang | تشاو تسي يانغ; جاو زيانغ
CN | Hu Yaobang | هو ياو بانغ
CN | Lee Teng-hui | لي تنغ هوي
CN | Ma Ying-jeou | ما ينغ جيو
CN | Tsai Ing-wen | تساي إنغ ون
CN | Dalai Lama; 14th Dalai Lama | الدالاي لاما
CN | Liu Xiaobo | ليو شياو بو
CN | Ai Weiwei | آي ويوي
GB | Winston Churchill; Churchill | ونستون تشرشل; وينستون تشرشل; تشرشل
GB | Margaret Thatcher; Thatcher | مارغريت تاتشر; مارجريت تاتشر; تاتشر
GB | John Major | جون ميجور
GB | Harold Wilson | هارولد ويلسون
GB | Neil Kinnock | نيل كينوك
GB | Robin Cook | روبن كوك
GB | Malcolm Rifkind | مالكولم ريفكيند
GB | Douglas Hurd | دوغلاس هيرد
GB | John Prescott | جون بريسكوت
GB | David Miliband | ديفيد ميليباند
GB | Ed Miliband | إد ميليباند
GB | William Hague | وليام هيغ; ويليام هيغ
GB | Nick Clegg | نيك كليغ
GB | George Galloway | جورج غالاوي; جورج جالاوي; غالاوي
GB | Jeremy Corbyn; Corbyn | جيريمي كوربين; كوربين
GB | Nigel Farage | نايجل فاراج
GB | Lord Balfour; Arthur Balfour; Balfour | آرثر بلفور; اللورد بلفور; بلفور
GB | T. E. Lawrence; Lawrence of Arabia | توماس إدوارد لورنس
GB | Princess Diana; Diana, Princess of Wales; Lady Diana | الأميرة ديانا; الليدي ديانا
GB | Prince William | الأمير وليام; الأمير ويليام
GB | Prince Harry | الأمير هاري
GB | Prince Philip | الأمير فيليب
GB | Camilla Parker Bowles; Queen Camilla | كاميلا باركر بولز; الملكة كاميلا
GB | Dodi Al-Fayed; Dodi Fayed | دودي الفايد
EG | Mohamed Al-Fayed; Mohamed Fayed | محمد الفايد
GB | Gerry Adams | جيري آدامز
GB | Ian Paisley | إيان بيزلي
GB | Bobby Sands | بوبي ساندز
FR | Charles de Gaulle; de Gaulle | شارل ديغول; ديغول
FR | François Mitterrand; Francois Mitterrand; Mitterrand | فرانسوا ميتران; ميتران
FR | Valéry Giscard d'Estaing; Valery Giscard d'Estaing; Giscard d'Estaing | فاليري جيسكار ديستان; جيسكار ديستان
FR | Georges Pompidou | جورج بومبيدو
FR | Édouard Balladur; Edouard Balladur; Balladur | إدوار بالادور; إدوارد بالادور; بالادور
FR | Alain Juppé; Alain Juppe; Juppé; Juppe | آلان جوبيه; ألان جوبيه; جوبيه
FR | Michel Rocard | ميشال روكار; ميشيل روكار
FR | Édith Cresson; Edith Cresson | إديث كريسون
FR | Pierre Bérégovoy; Pierre Beregovoy | بيار بيريغوفوا
FR | Hubert Védrine; Hubert Vedrine; Védrine | هوبير فيدرين; فيدرين
FR | Bernard Kouchner | برنار كوشنير; برنار كوشنر
FR | Michèle Alliot-Marie; Michele Alliot-Marie | ميشال أليو ماري; ميشيل أليو ماري
FR | Ségolène Royal; Segolene Royal | سيغولين رويال; سيجولين رويال
FR | Jean-Marie Le Pen | جان ماري لوبان
FR | Marine Le Pen | مارين لوبان
FR | Christine Lagarde; Lagarde | كريستين لاغارد; كريستين لاجارد; لاغارد
FR | Bernadette Chirac | برناديت شيراك
FR | Carla Bruni; Carla Bruni-Sarkozy | كارلا بروني
FR | José Bové; Jose Bove | جوزيه بوفيه
FR | Napoleon Bonaparte; Napoleon; Napoléon | نابليون بونابرت; نابليون بونابارت; نابليون
FR | Joan of Arc | جان دارك
FR | Louis XIV | لويس الرابع عشر
FR | Louis XVI | لويس السادس عشر
FR | Marie Antoinette | ماري أنطوانيت
DE | Helmut Kohl; Kohl | هلموت كول; هيلموت كول
DE | Helmut Schmidt | هلموت شميت; هيلموت شميدت
DE | Willy Brandt | فيلي برانت; ويلي برانت
DE | Konrad Adenauer; Adenauer | كونراد أديناور; أديناور
DE | Richard von Weizsäcker; Richard von Weizsaecker | ريتشارد فون فايتسكر
DE | Roman Herzog | رومان هرتسوغ
DE | Joschka Fischer | يوشكا فيشر
DE | Hans-Dietrich Genscher; Genscher | هانز ديتريش غينشر; هانس ديتريش جينشر; غينشر
DE | Klaus Kinkel | كلاوس كينكل
DE | Guido Westerwelle | غيدو فسترفيله
DE | Wolfgang Schäuble; Wolfgang Schaeuble | فولفغانغ شويبله
DE | Edmund Stoiber | إدموند شتويبر
DE | Adolf Hitler; Hitler | أدولف هتلر; هتلر
DE | Otto von Bismarck; Bismarck | أوتو فون بسمارك; بسمارك
DE | Kaiser Wilhelm II; Wilhelm II | القيصر فيلهلم الثاني; فيلهلم الثاني
DE | Joseph Goebbels; Goebbels | جوزيف غوبلز; غوبلز
DE | Heinrich Himmler | هاينريش هيملر
IT | Benito Mussolini; Mussolini | بينيتو موسوليني; موسوليني
IT | Giulio Andreotti; Andreotti | جوليو أندريوتي; أندريوتي
IT | Bettino Craxi | بيتينو كراكسي
IT | Oscar Luigi Scalfaro | أوسكار لويجي سكالفارو
IT | Francesco Cossiga | فرانشيسكو كوسيغا
IT | Aldo Moro | ألدو مورو
IT | Gianfranco Fini | جيانفرانكو فيني
IT | Franco Frattini | فرانكو فراتيني
IT | Umberto Bossi | أومبرتو بوسي
ES | Francisco Franco; General Franco | فرانسيسكو فرانكو; الجنرال فرانكو
ES | Felipe González; Felipe Gonzalez | فيليبي غونزاليس; فيليب غونزاليس
ES | Miguel Ángel Moratinos; Miguel Angel Moratinos; Moratinos | ميغيل أنخيل موراتينوس; موراتينوس
JP | Emperor Hirohito; Hirohito | الإمبراطور هيروهيتو; هيروهيتو
JP | Ryutaro Hashimoto | ريوتارو هاشيموتو
JP | Keizo Obuchi | كيزو أوبوتشي
JP | Tomiichi Murayama | توميئتشي موراياما
JP | Morihiro Hosokawa | موريهيرو هوسوكاوا
JP | Toshiki Kaifu | توشيكي كايفو
JP | Kiichi Miyazawa | كيئتشي ميازاوا
JP | Yasuhiro Nakasone | ياسوهيرو ناكاسوني
IN | Mahatma Gandhi; Mohandas Karamchand Gandhi | المهاتما غاندي; مهاتما غاندي; موهانداس كرمشاند غاندي
IN | Jawaharlal Nehru; Nehru | جواهر لال نهرو; جواهرلال نهرو; نهرو
IN | Indira Gandhi | أنديرا غاندي; إنديرا غاندي
IN | Rajiv Gandhi | راجيف غاندي
IN | Sonia Gandhi | سونيا غاندي
IN | Rahul Gandhi | راهول غاندي
IN | P. V. Narasimha Rao; Narasimha Rao | ناراسيمها راو; ب. ف. ناراسيمها راو
IN | Deve Gowda; H. D. Deve Gowda | ديفي غودا
IN | Inder Kumar Gujral; I. K. Gujral | إندر كومار غوجرال
IN | L. K. Advani; Lal Krishna Advani | لال كريشنا أدفاني
IN | Pratibha Patil | براتيبها باتيل
PK | Zulfikar Ali Bhutto | ذو الفقار علي بوتو
PK | Shaukat Aziz | شوكت عزيز
PK | Zafarullah Khan Jamali | ظفر الله خان جمالي; مير ظفر الله خان جمالي
PK | Abdul Qadeer Khan; A. Q. Khan | عبد القدير خان
PK | Farooq Leghari | فاروق ليغاري
PK | Rafiq Tarar | رفيق تارار
PK | Khurshid Kasuri; Khurshid Mahmud Kasuri | خورشيد قصوري; خورشيد محمود قصوري
PK | Ashfaq Parvez Kayani | أشفق برويز كياني
PK | Bilawal Bhutto Zardari | بلاول بوتو زرداري
PK | Malala Yousafzai; Malala | ملالا يوسفزاي; ملالا يوسف زاي
AF | Mohammed Zahir Shah; Zahir Shah | محمد ظاهر شاه; ظاهر شاه
AF | Burhanuddin Rabbani | برهان الدين رباني
AF | Ahmad Shah Massoud | أحمد شاه مسعود
AF | Gulbuddin Hekmatyar; Hekmatyar | قلب الدين حكمتيار; حكمتيار
AF | Abdul Rashid Dostum; Dostum | عبد الرشيد دوستم; دوستم
AF | Abdullah Abdullah | عبد الله عبد الله
AF | Mohammad Najibullah | محمد نجيب الله
AF | Jalaluddin Haqqani | جلال الدين حقاني
AF | Sirajuddin Haqqani | سراج الدين حقاني
AF | Abdul Ghani Baradar; Mullah Baradar | عبد الغني برادر; الملا برادر
AF | Mullah Dadullah | الملا داد الله
AF | Akhtar Mansour; Mullah Akhtar Mansour | أختر منصور; الملا أختر منصور
AF | Sibghatullah Mojaddedi | صبغة الله مجددي
PK | Baitullah Mehsud | بيت الله محسود
PK | Hakimullah Mehsud | حكيم الله محسود
ID | Suharto | سوهارتو
ID | Sukarno | سوكارنو
ID | B. J. Habibie; Bacharuddin Jusuf Habibie | يوسف حبيبي; بحر الدين يوسف حبيبي
ID | Abu Bakar Bashir; Abu Bakar Ba'asyir | أبو بكر باعشير
KR | Roh Tae-woo | روه تاي وو
KR | Chun Doo-hwan | تشون دو هوان
KP | Kim Il-sung; Kim Il Sung | كيم إيل سونغ; كيم إيل سونج
ZA | Nelson Mandela; Mandela | نيلسون مانديلا; نلسون مانديلا; مانديلا
ZA | F. W. de Klerk; Frederik de Klerk; de Klerk | فريدريك دي كليرك; دي كليرك
ZA | Desmond Tutu | ديزموند توتو; ديسموند توتو
ZA | Winnie Mandela | ويني مانديلا
ZA | Kgalema Motlanthe | كغاليما موتلانثي
BR | Fernando Collor de Mello; Fernando Collor | فرناندو كولور دي ميلو
BR | Itamar Franco | إيتامار فرانكو
BR | Celso Amorim | سيلسو أموريم
AR | Carlos Menem; Menem | كارلوس منعم
AR | Fernando de la Rúa; Fernando de la Rua | فرناندو دي لا روا
AR | Eduardo Duhalde | إدواردو دوهالدي
AR | Juan Perón; Juan Peron; Perón | خوان بيرون
AR | Eva Perón; Evita | إيفا بيرون; إيفيتا
AR | Che Guevara; Ernesto Che Guevara; Guevara | تشي غيفارا; تشي جيفارا; إرنستو تشي غيفارا; غيفارا; جيفارا
MX | Ernesto Zedillo | إرنستو زيديلو
MX | Carlos Salinas de Gortari | كارلوس ساليناس
CA | Brian Mulroney | براين مولروني
CA | Pierre Trudeau | بيار ترودو; بيير ترودو
AU | Paul Keating | بول كيتنغ
AU | Bob Hawke | بوب هوك
# The United Nations, the European Union, NATO and world bodies
- | Javier Pérez de Cuéllar; Javier Perez de Cuellar; Pérez de Cuéllar | خافيير بيريز دي كويار; بيريز دي كويار
- | Kurt Waldheim; Waldheim | كورت فالدهايم; فالدهايم
- | U Thant | يو ثانت
- | Dag Hammarskjöld; Dag Hammarskjold | داغ همرشولد; داج همرشولد
- | Hans Blix; Blix | هانز بليكس; هانس بليكس; بليكس
- | Rolf Ekéus; Rolf Ekeus | رولف إيكيوس
- | Richard Butler | ريتشارد بتلر
- | Scott Ritter | سكوت ريتر
- | Sergio Vieira de Mello | سيرجيو فييرا دي ميلو
- | Mary Robinson | ماري روبنسون
- | Louise Arbour | لويز أربور
- | Navi Pillay | نافي بيلاي
- | Jan Egeland | يان إيغلاند
- | Carla Del Ponte | كارلا ديل بونتي
- | Richard Goldstone; Goldstone | ريتشارد غولدستون; غولدستون
- | Detlev Mehlis; Mehlis | ديتليف ميليس; ديتلف ميليس; ميليس
- | Serge Brammertz | سيرج براميرتس
- | Daniel Bellemare | دانيال بلمار
- | Alvaro de Soto | ألفارو دي سوتو
- | Robert Serry | روبرت سيري
- | Nickolay Mladenov | نيكولاي ملادينوف
- | Ad Melkert | آد ميلكرت
- | James Wolfensohn; Wolfensohn | جيمس وولفنسون; وولفنسون
- | Robert Zoellick | روبرت زوليك
- | Michel Camdessus | ميشيل كامديسو; ميشال كامدسو
- | Rodrigo Rato | رودريغو راتو
- | Kristalina Georgieva | كريستالينا غورغييفا
- | Pascal Lamy | باسكال لامي
- | Supachai Panitchpakdi | سوباتشاي بانيتشباكدي
- | Koïchiro Matsuura; Koichiro Matsuura | كويشيرو ماتسورا
- | Irina Bokova | إيرينا بوكوفا
- | Margaret Chan | مارغريت تشان
- | Tedros Adhanom Ghebreyesus; Tedros Adhanom | تيدروس أدهانوم غيبريسوس; تيدروس أدهانوم
- | Hans-Gert Pöttering | هانس غيرت بوترينغ
- | Ruud Lubbers | رود لوبرز
- | Sadako Ogata | ساداكو أوغاتا
- | Jaap de Hoop Scheffer; de Hoop Scheffer | ياب دي هوب شيفر; دي هوب شيفر
- | George Robertson; Lord Robertson | جورج روبرتسون; اللورد روبرتسون
- | Anders Fogh Rasmussen | أندرس فوغ راسموسن; أندرس فوج راسموسن
- | Jens Stoltenberg; Stoltenberg | ينس ستولتنبرغ; ستولتنبرغ
- | Manfred Wörner | مانفريد فورنر
EU | Jacques Delors | جاك ديلور
EU | Jacques Santer | جاك سانتر
EU | Chris Patten | كريس باتن
EU | Benita Ferrero-Waldner | بينيتا فيريرو فالدنر
EU | Herman Van Rompuy | هيرمان فان رومبوي
EU | Charles Michel | شارل ميشيل
EU | Federica Mogherini; Mogherini | فيديريكا موغيريني; موغيريني
EU | Kaja Kallas | كايا كالاس
EU | Marc Otte | مارك أوتي
- | Joseph Blatter; Sepp Blatter; Blatter | جوزيف بلاتر; سيب بلاتر; بلاتر
- | João Havelange; Joao Havelange | جواو هافيلانج; جواو هافيلانغ
- | Gianni Infantino; Infantino | جياني إنفانتينو; إنفانتينو
- | Mohamed bin Hammam | محمد بن همام
- | Issa Hayatou | عيسى حياتو
- | Juan Antonio Samaranch; Samaranch | خوان أنطونيو سامارانش; سامارانش
- | Jacques Rogge | جاك روغ
- | Thomas Bach | توماس باخ
# Arab writers, poets and thinkers
EG | Naguib Mahfouz; Najib Mahfouz | نجيب محفوظ
EG | Taha Hussein | طه حسين; عميد الأدب العربي طه حسين
EG | Tawfiq al-Hakim; Tawfik al-Hakim; Tawfiq el-Hakim | توفيق الحكيم
EG | Abbas Mahmoud al-Aqqad; Abbas el-Akkad; al-Aqqad | عباس محمود العقاد; عباس العقاد; العقاد
EG | Yusuf Idris; Youssef Idris | يوسف إدريس
EG | Ihsan Abdel Quddous; Ihsan Abdel Kouddous | إحسان عبد القدوس
EG | Ahmed Shawqi; Ahmed Shawky | أحمد شوقي; أمير الشعراء أحمد شوقي
EG | Hafez Ibrahim | حافظ إبراهيم; شاعر النيل حافظ إبراهيم
EG | Mustafa Lutfi al-Manfaluti; al-Manfaluti | مصطفى لطفي المنفلوطي; المنفلوطي
EG | Mustafa Sadiq al-Rafi'i; Mostafa Saadeq Al-Rafe'ie | مصطفى صادق الرافعي
EG | Qasim Amin | قاسم أمين
EG | Muhammad Abduh; Mohammed Abduh | الإمام محمد عبده; الشيخ محمد عبده
EG | Rifa'a al-Tahtawi; Rifaa el-Tahtawy | رفاعة الطهطاوي; رفاعة رافع الطهطاوي
EG | Salama Moussa; Salama Musa | سلامة موسى
EG | Zaki Naguib Mahmoud | زكي نجيب محمود
EG | Anis Mansour | أنيس منصور
EG | Mustafa Amin | مصطفى أمين
EG | Mustafa Mahmoud | الدكتور مصطفى محمود
EG | Salah Abdel Sabour; Salah Abd al-Sabur | صلاح عبد الصبور
EG | Amal Dunqul; Amal Donqol | أمل دنقل
EG | Abdel Rahman el-Abnudi; Abdel Rahman al-Abnoudi | عبد الرحمن الأبنودي; الأبنودي
EG | Salah Jahin; Salah Jaheen | صلاح جاهين
EG | Fouad Haddad | فؤاد حداد
EG | Farouk Goweida; Farouk Juwayda | فاروق جويدة
EG | Gamal al-Ghitani; Gamal el-Ghitani | جمال الغيطاني
EG | Sonallah Ibrahim | صنع الله إبراهيم
EG | Alaa Al Aswany; Alaa al-Aswany | علاء الأسواني
EG | Nawal El Saadawi; Nawal al-Saadawi | نوال السعداوي
EG | Edwar al-Kharrat; Edwar al-Kharrat | إدوار الخراط
EG | Bahaa Taher | بهاء طاهر
EG | Ibrahim Aslan | إبراهيم أصلان
EG | Youssef Zeidan | يوسف زيدان
EG | Nasr Hamid Abu Zayd; Nasr Abu Zaid | نصر حامد أبو زيد
EG | Hassan Hanafi | حسن حنفي
EG | Faraj Foda; Farag Foda | فرج فودة
EG | Mohammed al-Ghazali; Muhammad al-Ghazali | الشيخ محمد الغزالي
EG | Muhammad Metwalli al-Sha'rawi; al-Shaarawi | محمد متولي الشعراوي; الشيخ الشعراوي; الشعراوي
EG | Abdel Hamid Kishk | عبد الحميد كشك; الشيخ كشك
EG | Abdul Basit Abdus Samad; Abdel Basset Abdel Samad | عبد الباسط عبد الصمد
EG | Ali Gomaa | علي جمعة
EG | Shawki Allam | شوقي علام
EG | Pope Shenouda III; Shenouda III | البابا شنودة الثالث; البابا شنودة; شنودة الثالث
EG | Pope Tawadros II; Tawadros II | البابا تواضروس الثاني; تواضروس الثاني
EG | Ahmed Zewail; Zewail | أحمد زويل; زويل
EG | Farouk El-Baz | فاروق الباز
EG | Magdi Yacoub | مجدي يعقوب
EG | Mustafa Musharafa; Ali Moustafa Mosharafa | علي مصطفى مشرفة
EG | Youssef Chahine; Chahine | يوسف شاهين
EG | Inas El-Degheidy | إيناس الدغيدي
EG | Henry Barakat | هنري بركات
SY | Nizar Qabbani; Nizar Kabbani | نزار قباني
SY | Adunis; Adonis; Ali Ahmad Said Esber | أدونيس
SY | Muhammad al-Maghut; Mohammed al-Maghout | محمد الماغوط; الماغوط
SY | Hanna Mina | حنا مينه
SY | Zakaria Tamer | زكريا تامر
SY | Ghada al-Samman | غادة السمان
SY | Saadallah Wannous | سعد الله ونوس
SY | Omar Abu Risha | عمر أبو ريشة
SY | Abd al-Rahman al-Kawakibi | عبد الرحمن الكواكبي
SY | Muhammad Shahrur | محمد شحرور
SY | Moustapha Akkad; Mustafa Akkad | مصطفى العقاد
SY | Duraid Lahham; Durayd Lahham | دريد لحام
SY | Said Ramadan al-Bouti; Mohamed Said Ramadan al-Bouti | محمد سعيد رمضان البوطي; سعيد رمضان البوطي
SY | Ahmad Kuftaro | أحمد كفتارو
SY | Ahmad Badreddin Hassoun | أحمد بدر الدين حسون
PS | Mahmoud Darwish | محمود درويش
PS | Samih al-Qasim | سميح القاسم
PS | Tawfiq Zayyad | توفيق زياد
PS | Fadwa Tuqan | فدوى طوقان
PS | Ibrahim Tuqan | إبراهيم طوقان
PS | Mourid Barghouti | مريد البرغوثي
PS | Tamim al-Barghouti | تميم البرغوثي
PS | Jabra Ibrahim Jabra | جبرا إبراهيم جبرا
PS | Edward Said | إدوارد سعيد
PS | Hisham Sharabi | هشام شرابي
PS | Elia Suleiman | إيليا سليمان
PS | Hany Abu-Assad | هاني أبو أسعد
IQ | Badr Shakir al-Sayyab; al-Sayyab | بدر شاكر السياب; السياب
IQ | Abd al-Wahhab al-Bayati | عبد الوهاب البياتي
IQ | Muhammad Mahdi al-Jawahiri | محمد مهدي الجواهري
IQ | Maruf al-Rusafi | معروف الرصافي
IQ | Jamil Sidqi al-Zahawi | جميل صدقي الزهاوي
IQ | Zaha Hadid | زها حديد
IQ | Kadim Al Sahir; Kazem al-Saher | كاظم الساهر
IQ | Nasir Shamma; Naseer Shamma | نصير شمة
IQ | Ilham al-Madfai | إلهام المدفعي
LB | Khalil Gibran; Gibran Khalil Gibran; Kahlil Gibran | جبران خليل جبران
LB | Mikhail Naimy; Mikha'il Na'ima | ميخائيل نعيمة
LB | Amin al-Rihani; Ameen Rihani | أمين الريحاني
LB | Amin Maalouf | أمين معلوف
LB | Elias Khoury | إلياس خوري
LB | Ziad Rahbani | زياد الرحباني
LB | Assi Rahbani | عاصي الرحباني
LB | Mansour Rahbani | منصور الرحباني
LB | Marcel Khalife | مارسيل خليفة
LB | Nadine Labaki | نادين لبكي
LB | Georges Corm | جورج قرم
MA | Tahar Ben Jelloun; Ben Jelloun | الطاهر بن جلون; طاهر بن جلون
MA | Mohammed Abed al-Jabri; Mohamed Abed Jabri | محمد عابد الجابري
MA | Abdallah Laroui; Abdallah al-Arawi | عبد الله العروي
MA | Fatema Mernissi; Fatima Mernissi | فاطمة المرنيسي
MA | Mohammed Berrada | محمد برادة
MA | Abdelkebir Khatibi | عبد الكبير الخطيبي
MA | Mohammed Bennis | محمد بنيس
MA | Taha Abdurrahman | طه عبد الرحمن
DZ | Mohammed Arkoun; Arkoun | محمد أركون; أركون
DZ | Kateb Yacine | كاتب ياسين
DZ | Assia Djebar | آسيا جبار
DZ | Tahar Ouettar; Tahar Wattar | الطاهر وطار
DZ | Rachid Boudjedra | رشيد بوجدرة
DZ | Ahlam Mosteghanemi | أحلام مستغانمي
DZ | Yasmina Khadra | ياسمينة خضرا
DZ | Moufdi Zakaria | مفدي زكريا
DZ | Malek Haddad | مالك حداد
TN | Aboul-Qacem Echebbi; Abu al-Qasim al-Shabbi | أبو القاسم الشابي
TN | Mahmoud Messadi | محمود المسعدي
TN | Hichem Djait | هشام جعيط
TN | Muhammad al-Tahir ibn Ashur | محمد الطاهر بن عاشور
SD | Tayeb Salih; al-Tayyib Salih | الطيب صالح
SD | Muhammad al-Fayturi | محمد الفيتوري
SA | Abdul Rahman Munif; Abdelrahman Munif | عبد الرحمن منيف
SA | Abdullah al-Ghathami | عبد الله الغذامي
SA | Jamal Khashoggi; Khashoggi | جمال خاشقجي; خاشقجي
SA | Adnan Khashoggi | عدنان خاشقجي
SA | Mohammed Abdu | فنان العرب محمد عبده
SA | Talal Maddah | طلال مداح
SA | Abdul Majeed Abdullah | عبد المجيد عبد الله
YE | Abdullah al-Baradouni | عبد الله البردوني
YE | Abdulaziz al-Maqaleh | عبد العزيز المقالح
KW | Abdullah Al Rowaished | عبد الله الرويشد
KW | Nabeel Shuail | نبيل شعيل
KW | Abdulhussain Abdulredha | عبد الحسين عبد الرضا
KW | Souad Al-Sabah | سعاد الصباح
AE | Hussain Al Jassmi | حسين الجسمي
AE | Ahlam Al Shamsi | أحلام الشامسي
JO | Mustafa Wahbi al-Tal | مصطفى وهبي التل
OM | Abdullah al-Khalili | عبد الله الخليلي
# Classical Arab and Muslim scholars, poets and rulers
- | Ibn Khaldun | ابن خلدون; عبد الرحمن بن خلدون
- | Avicenna; Ibn Sina | ابن سينا; الشيخ الرئيس ابن سينا
- | Averroes; Ibn Rushd | ابن رشد
- | Al-Farabi; Alpharabius | الفارابي; أبو نصر الفارابي
- | Al-Ghazali; Abu Hamid al-Ghazali | أبو حامد الغزالي; الإمام الغزالي
- | Al-Khwarizmi; Muhammad ibn Musa al-Khwarizmi | الخوارزمي; محمد بن موسى الخوارزمي
- | Ibn al-Haytham; Alhazen | ابن الهيثم; الحسن بن الهيثم
- | Al-Biruni; Abu Rayhan al-Biruni | البيروني; أبو الريحان البيروني
- | Al-Razi; Rhazes; Abu Bakr al-Razi | أبو بكر الرازي
- | Ibn al-Nafis | ابن النفيس
- | Jabir ibn Hayyan | جابر بن حيان
- | Ibn Battuta | ابن بطوطة
- | Al-Idrisi | الشريف الإدريسي
- | Ibn Taymiyyah; Ibn Taymiya | ابن تيمية; شيخ الإسلام ابن تيمية
- | Ibn Qayyim al-Jawziyya | ابن قيم الجوزية
- | Ibn Tufail | ابن طفيل
- | Ibn Zaydun | ابن زيدون
- | Al-Tabari | الطبري; محمد بن جرير الطبري
- | Al-Bukhari; Muhammad al-Bukhari | الإمام البخاري; محمد بن إسماعيل البخاري
- | Abu Hanifa | أبو حنيفة; الإمام أبو حنيفة; أبو حنيفة النعمان
- | Al-Shafi'i; Imam Shafi'i | الإمام الشافعي; محمد بن إدريس الشافعي
- | Malik ibn Anas; Imam Malik | مالك بن أنس
- | Ahmad ibn Hanbal | أحمد بن حنبل; الإمام أحمد بن حنبل
- | Sibawayh; Sibawayhi | سيبويه
- | Al-Jahiz | الجاحظ
- | Al-Mutanabbi; Mutanabbi | المتنبي; أبو الطيب المتنبي
- | Abu Nuwas | أبو نواس
- | Abu al-Ala al-Maarri; Abu al-Ala al-Ma'arri | أبو العلاء المعري; المعري
- | Imru' al-Qais; Imru al-Qais | امرؤ القيس; امرئ القيس; امرأ القيس
- | Antarah ibn Shaddad | عنترة بن شداد
- | Al-Khansa | الخنساء
- | Al-Buhturi | البحتري
- | Jarir ibn Atiyah | جرير بن عطية
- | Al-Farazdaq | الفرزدق
- | Al-Hallaj; Mansur al-Hallaj | الحلاج; الحسين بن منصور الحلاج
- | Rabia al-Adawiyya | رابعة العدوية
- | Rumi; Jalal al-Din Rumi | جلال الدين الرومي; مولانا جلال الدين الرومي
- | Ferdowsi; Firdausi | الفردوسي; أبو القاسم الفردوسي
- | Hafez of Shiraz; Hafez Shirazi | حافظ الشيرازي
- | Saadi Shirazi | سعدي الشيرازي
- | Abul A'la Maududi; Maududi | أبو الأعلى المودودي; المودودي
- | Harun al-Rashid | هارون الرشيد
- | Al-Ma'mun | الخليفة المأمون
- | Abu Ja'far al-Mansur | أبو جعفر المنصور
- | Saladin; Salah al-Din al-Ayyubi | صلاح الدين الأيوبي
- | Nur ad-Din Zengi | نور الدين زنكي
- | Baybars; al-Zahir Baybars | الظاهر بيبرس; بيبرس
- | Qutuz | سيف الدين قطز
- | Tariq ibn Ziyad | طارق بن زياد
- | Uqba ibn Nafi | عقبة بن نافع
- | Yusuf ibn Tashfin | يوسف بن تاشفين
- | Khalid ibn al-Walid | خالد بن الوليد
- | Amr ibn al-As | عمرو بن العاص
- | Saad ibn Abi Waqqas | سعد بن أبي وقاص
- | Abu Bakr al-Siddiq | أبو بكر الصديق
- | Umar ibn al-Khattab; Omar ibn al-Khattab | عمر بن الخطاب; الفاروق عمر بن الخطاب
- | Uthman ibn Affan | عثمان بن عفان
- | Ali ibn Abi Talib | علي بن أبي طالب; الإمام علي بن أبي طالب
- | Husayn ibn Ali; Imam Hussein | الحسين بن علي; الإمام الحسين
- | Hasan ibn Ali | الحسن بن علي
- | Muawiya I; Muawiyah ibn Abi Sufyan | معاوية بن أبي سفيان
- | Yazid I; Yazid ibn Muawiya | يزيد بن معاوية
- | Abu Sufyan | أبو سفيان
- | Abu Hurairah; Abu Huraira | أبو هريرة
- | Bilal ibn Rabah | بلال بن رباح
- | Umar ibn Abd al-Aziz | عمر بن عبد العزيز
- | Abd al-Malik ibn Marwan | عبد الملك بن مروان
- | Al-Hajjaj ibn Yusuf | الحجاج بن يوسف; الحجاج بن يوسف الثقفي
- | Aisha bint Abi Bakr | عائشة بنت أبي بكر; السيدة عائشة
- | Khadija bint Khuwaylid | خديجة بنت خويلد; السيدة خديجة
- | Fatimah al-Zahra | فاطمة الزهراء
- | Ja'far al-Sadiq | جعفر الصادق; الإمام جعفر الصادق
- | Ali al-Ridha; Ali al-Rida | علي الرضا; الإمام علي الرضا; الإمام الرضا
- | Musa al-Kadhim | موسى الكاظم; الإمام موسى الكاظم
- | Muhammad al-Mahdi | الإمام المهدي
- | Mehmed the Conqueror; Mehmed II | محمد الفاتح; السلطان محمد الفاتح
- | Abdul Hamid II | عبد الحميد الثاني; السلطان عبد الحميد الثاني
- | Osman I | عثمان الأول
- | Genghis Khan | جنكيز خان
- | Hulagu Khan | هولاكو; هولاكو خان
- | Tamerlane | تيمورلنك; تيمور لنك
- | Alexander the Great | الإسكندر المقدوني
- | Julius Caesar | يوليوس قيصر
- | Cleopatra | كليوباترا
- | Hannibal | هانيبال; حنبعل
- | Ramesses II; Ramses II | رمسيس الثاني
- | Tutankhamun; Tutankhamen | توت عنخ آمون
- | Akhenaten | إخناتون; أخناتون
- | Nefertiti | نفرتيتي
- | Hammurabi | حمورابي
- | Nebuchadnezzar II; Nebuchadnezzar | نبوخذنصر
- | Gilgamesh | جلجامش; كلكامش
- | Socrates | سقراط
- | Plato | أفلاطون
- | Aristotle | أرسطو; أرسطوطاليس
- | Pythagoras | فيثاغورس
- | Archimedes | أرخميدس
- | Euclid | إقليدس
- | Hippocrates | أبقراط
- | Homer | هوميروس
- | Herodotus | هيرودوت
- | Confucius | كونفوشيوس
- | Buddha; Gautama Buddha | بوذا
# Scientists and thinkers of the world
DE | Albert Einstein; Einstein | ألبرت أينشتاين; ألبرت آينشتاين; ألبرت اينشتاين; أينشتاين; آينشتاين; أينشتين; آينشتين
AT | Sigmund Freud | سيغموند فرويد; سيجموند فرويد; زيغموند فرويد; فرويد
CH | Carl Jung; Carl Gustav Jung | كارل يونغ; كارل غوستاف يونغ; كارل جوستاف يونج
GB | Charles Darwin | تشارلز داروين; شارلز داروين
GB | Isaac Newton | إسحاق نيوتن; اسحق نيوتن
IT | Galileo Galilei; Galileo | غاليليو غاليلي; جاليليو جاليلي; غاليليو; جاليليو
PL | Nicolaus Copernicus; Copernicus | نيكولاس كوبرنيكوس; كوبرنيكوس
DE | Johannes Kepler | يوهانس كبلر; يوهانس كيبلر
FR | Louis Pasteur; Pasteur | لويس باستور; باستور
US | Thomas Edison | توماس إديسون
US | Nikola Tesla | نيكولا تسلا
GB | Stephen Hawking; Hawking | ستيفن هوكينغ; ستيفن هوكينج; هوكينغ
DE | Max Planck | ماكس بلانك
DK | Niels Bohr | نيلز بور
US | J. Robert Oppenheimer; Robert Oppenheimer; Oppenheimer | روبرت أوبنهايمر; أوبنهايمر
DE | Wernher von Braun | فيرنر فون براون
US | Carl Sagan | كارل ساغان
US | James Watson | جيمس واتسون
GB | Francis Crick | فرانسيس كريك
GB | Alexander Fleming | ألكسندر فليمنغ
AT | Gregor Mendel | غريغور مندل; جريجور مندل
GB | Edward Jenner | إدوارد جينر
FR | Jean-François Champollion; Champollion | جان فرانسوا شامبليون; شامبليون
GB | Howard Carter | هوارد كارتر
US | Neil Armstrong | نيل أرمسترونغ; نيل آرمسترونغ; نيل أرمسترونج
DE | Karl Marx; Marx | كارل ماركس; ماركس
DE | Friedrich Engels | فريدريك إنجلز; فريدريش إنجلز
DE | Immanuel Kant; Kant | إيمانويل كانط; عمانوئيل كانط; كانط
DE | Georg Wilhelm Friedrich Hegel; Hegel | هيغل; هيجل; فريدريش هيغل
DE | Friedrich Nietzsche; Nietzsche | فريدريك نيتشه; فريدريش نيتشه; نيتشه
DE | Arthur Schopenhauer; Schopenhauer | آرثر شوبنهاور; شوبنهاور
DE | Martin Heidegger; Heidegger | مارتن هايدغر; مارتن هايدجر; هايدغر; هايدجر
DE | Max Weber | ماكس فيبر
DE | Jürgen Habermas; Juergen Habermas; Habermas | يورغن هابرماس; هابرماس
FR | René Descartes; Rene Descartes; Descartes | رينيه ديكارت; ديكارت
FR | Voltaire | فولتير
FR | Jean-Jacques Rousseau; Rousseau | جان جاك روسو
FR | Montesquieu | مونتسكيو
FR | Auguste Comte | أوغست كونت
FR | Jean-Paul Sartre; Sartre | جان بول سارتر; سارتر
FR | Simone de Beauvoir | سيمون دي بوفوار; سيمون دو بوفوار
FR | Albert Camus; Camus | ألبير كامو; ألبرت كامو
FR | Michel Foucault; Foucault | ميشيل فوكو; ميشال فوكو; فوكو
FR | Jacques Derrida; Derrida | جاك دريدا; دريدا
FR | Roland Barthes | رولان بارت
FR | Claude Lévi-Strauss; Claude Levi-Strauss | كلود ليفي شتراوس; كلود ليفي ستروس
FR | Pierre Bourdieu | بيير بورديو
FR | Émile Durkheim; Emile Durkheim | إميل دوركايم
FR | Roger Garaudy; Garaudy | روجيه غارودي; روجيه جارودي; غارودي; جارودي
FR | Maxime Rodinson | مكسيم رودنسون
FR | Jacques Berque | جاك بيرك
FR | Louis Massignon | لويس ماسينيون
GB | Bertrand Russell | برتراند راسل
GB | John Locke | جون لوك
GB | Thomas Hobbes | توماس هوبز
GB | Adam Smith | آدم سميث
GB | John Maynard Keynes; Keynes | جون مينارد كينز
GB | David Hume | ديفيد هيوم
GB | Arnold Toynbee | أرنولد توينبي
GB | Bernard Lewis | برنارد لويس
GB | Robert Fisk | روبرت فيسك
US | Noam Chomsky; Chomsky | نعوم تشومسكي; ناعوم تشومسكي; نعوم شومسكي; تشومسكي; شومسكي
US | Samuel Huntington | صامويل هنتنغتون; صموئيل هنتنغتون
US | Francis Fukuyama | فرانسيس فوكوياما
US | Milton Friedman | ميلتون فريدمان
US | Thomas Friedman | توماس فريدمان
US | John Esposito | جون إسبوزيتو
US | Norman Finkelstein | نورمان فينكلستين
US | Seymour Hersh | سيمور هيرش
NL | Baruch Spinoza; Spinoza | باروخ سبينوزا; سبينوزا
IT | Niccolò Machiavelli; Niccolo Machiavelli; Machiavelli | نيكولو مكيافيلي; ميكافيلي; مكيافيلي
IT | Antonio Gramsci; Gramsci | أنطونيو غرامشي; غرامشي
IT | Umberto Eco | أمبرتو إيكو; أومبرتو إيكو
DE | Martin Luther | مارتن لوثر
# Writers of the world
GB | William Shakespeare; Shakespeare | وليام شكسبير; ويليام شكسبير; شكسبير
DE | Johann Wolfgang von Goethe; Goethe | يوهان فولفغانغ فون غوته; غوته; جوته
RU | Leo Tolstoy; Tolstoy | ليو تولستوي; ليف تولستوي; تولستوي
RU | Fyodor Dostoevsky; Dostoevsky; Dostoyevsky | فيودور دوستويفسكي; دوستويفسكي
RU | Anton Chekhov; Chekhov | أنطون تشيخوف; تشيخوف
RU | Alexander Pushkin | ألكسندر بوشكين
RU | Maxim Gorky | مكسيم غوركي; مكسيم جوركي
RU | Nikolai Gogol; Gogol | نيكولاي غوغول; غوغول
RU | Ivan Turgenev | إيفان تورغينيف
RU | Aleksandr Solzhenitsyn; Alexander Solzhenitsyn; Solzhenitsyn | ألكسندر سولجينيتسين; سولجينيتسين
RU | Boris Pasternak | بوريس باسترناك
FR | Victor Hugo | فيكتور هوغو; فكتور هوجو; فيكتور هيجو
FR | Honoré de Balzac; Balzac | أونوريه دي بلزاك; بلزاك
FR | Gustave Flaubert; Flaubert | غوستاف فلوبير; فلوبير
FR | Émile Zola; Emile Zola | إميل زولا
FR | Marcel Proust; Proust | مارسيل بروست
FR | Charles Baudelaire; Baudelaire | شارل بودلير; بودلير
FR | Arthur Rimbaud | آرثر رامبو; أرتور رامبو
FR | Molière; Moliere | موليير
FR | Jules Verne | جول فيرن; جول فيرن
FR | Antoine de Saint-Exupéry; Antoine de Saint-Exupery | أنطوان دو سانت إكزوبيري
FR | André Malraux; Andre Malraux | أندريه مالرو
FR | Louis Aragon | لويس أراغون
FR | Paul Valéry; Paul Valery | بول فاليري
FR | Jean Genet | جان جينيه
FR | Marguerite Duras | مارغريت دوراس
FR | Jean Cocteau | جان كوكتو
FR | Michel Houellebecq | ميشيل ويلبيك
IT | Dante Alighieri | دانتي أليغييري; دانتي
ES | Miguel de Cervantes; Cervantes | ميغيل دي ثيربانتس; سرفانتس; ثيربانتس
ES | Federico García Lorca; Federico Garcia Lorca | فيديريكو غارسيا لوركا; غارسيا لوركا
GB | Charles Dickens; Dickens | تشارلز ديكنز; ديكنز
GB | Jane Austen | جين أوستن
GB | George Orwell; Orwell | جورج أورويل; أورويل
GB | Oscar Wilde | أوسكار وايلد
GB | T. S. Eliot | تي إس إليوت; توماس ستيرنز إليوت
GB | Virginia Woolf | فرجينيا وولف
GB | Agatha Christie | أغاثا كريستي; أجاثا كريستي
GB | J. K. Rowling; JK Rowling | جيه كيه رولينغ; جي كي رولينغ
GB | Lord Byron | اللورد بايرون
GB | Harold Pinter | هارولد بنتر
GB | Doris Lessing | دوريس ليسينغ
GB | V. S. Naipaul; Naipaul | في إس نايبول; نايبول
GB | Salman Rushdie; Rushdie | سلمان رشدي
GB | Kazuo Ishiguro | كازو إيشيغورو
IE | James Joyce | جيمس جويس
IE | Samuel Beckett; Beckett | صموئيل بيكيت; صامويل بيكيت
IE | William Butler Yeats; W. B. Yeats | وليام بتلر ييتس; ويليام بتلر ييتس
IE | Seamus Heaney | شيموس هيني
US | Ernest Hemingway; Hemingway | إرنست همنغواي; إرنست هيمنجواي; همنغواي
US | Mark Twain | مارك توين
US | William Faulkner | وليام فوكنر; ويليام فوكنر
US | John Steinbeck | جون شتاينبك
US | Edgar Allan Poe | إدغار آلان بو; إدجار آلان بو
US | Walt Whitman | والت ويتمان
US | Toni Morrison | توني موريسون
US | Arthur Miller | آرثر ميلر
US | Tennessee Williams | تينيسي ويليامز
US | Dan Brown | دان براون
US | Paul Auster | بول أوستر
CZ | Franz Kafka; Kafka | فرانز كافكا; كافكا
CZ | Milan Kundera; Kundera | ميلان كونديرا; كونديرا
CZ | Václav Havel; Vaclav Havel | فاتسلاف هافل; فاسلاف هافل
DE | Thomas Mann | توماس مان
DE | Bertolt Brecht; Brecht | برتولت بريشت; برتولد بريخت; بريشت; بريخت
DE | Hermann Hesse | هرمان هيسه; هيرمان هيسه
DE | Günter Grass; Gunter Grass; Guenter Grass | غونتر غراس; جونتر جراس
DE | Herta Müller; Herta Mueller | هيرتا مولر
AT | Elfriede Jelinek | إلفريده يلينك
PT | José Saramago; Jose Saramago; Saramago | جوزيه ساراماغو; خوسيه ساراماغو; ساراماغو
PT | Fernando Pessoa | فرناندو بيسوا
CO | Gabriel García Márquez; Gabriel Garcia Marquez; García Márquez; Garcia Marquez | غابرييل غارسيا ماركيز; جابرييل جارسيا ماركيز; غارسيا ماركيز
AR | Jorge Luis Borges; Borges | خورخي لويس بورخيس; بورخيس
CL | Pablo Neruda; Neruda | بابلو نيرودا; نيرودا
MX | Octavio Paz | أوكتافيو باث
PE | Mario Vargas Llosa; Vargas Llosa | ماريو فارغاس يوسا; فارغاس يوسا
BR | Paulo Coelho | باولو كويلو; باولو كويلهو
BR | Jorge Amado | جورجي أمادو; خورخي أمادو
IN | Rabindranath Tagore; Tagore | رابندرانات طاغور; طاغور
NG | Wole Soyinka; Soyinka | وول سوينكا; وولي سوينكا; سوينكا
NG | Chinua Achebe | تشينوا أتشيبي
ZA | Nadine Gordimer | نادين غورديمر
ZA | J. M. Coetzee; John Maxwell Coetzee; Coetzee | جون ماكسويل كوتزي; جيه إم كوتزي; كوتزي
IT | Alberto Moravia | ألبرتو مورافيا
HU | Imre Kertész; Imre Kertesz | إمري كيرتيس
FR | J. M. G. Le Clézio; Jean-Marie Gustave Le Clézio; Le Clézio; Le Clezio | جان ماري غوستاف لوكليزيو; لوكليزيو
CN | Gao Xingjian | غاو شينغجيان
CN | Mo Yan | مو يان
JP | Haruki Murakami | هاروكي موراكامي
JP | Yasunari Kawabata | ياسوناري كاواباتا
JP | Kenzaburō Ōe; Kenzaburo Oe | كنزابورو أوي
PL | Wisława Szymborska; Wislawa Szymborska | فيسوافا شيمبورسكا
PL | Czesław Miłosz; Czeslaw Milosz | تشيسلاف ميلوش
GR | Nikos Kazantzakis | نيكوس كازانتزاكيس
IL | Amos Oz | عاموس عوز
IL | David Grossman | ديفيد غروسمان
# Nobel Peace laureates and figures of conscience
- | Mother Teresa | الأم تيريزا; الأم تريزا
PL | Lech Wałęsa; Lech Walesa | ليخ فاليسا; ليخ فاونسا
RU | Andrei Sakharov | أندريه ساخاروف
KE | Wangari Maathai | وانغاري ماثاي
FI | Martti Ahtisaari | مارتي أهتيساري
US | Elie Wiesel | إيلي فيزل
GT | Rigoberta Menchú; Rigoberta Menchu | ريغوبيرتا منشو
TL | José Ramos-Horta; Jose Ramos-Horta | جوزيه راموس هورتا
CR | Óscar Arias; Oscar Arias | أوسكار آرياس
LR | Ellen Johnson Sirleaf | إلين جونسون سيرليف
LR | Leymah Gbowee | ليما غبوي
CD | Denis Mukwege | دينيس موكويغي
IQ | Nadia Murad | نادية مراد
# Artists, composers and musicians of the world
IT | Leonardo da Vinci | ليوناردو دافنشي; ليوناردو دا فينشي; ليوناردو دافينشي; دافنشي; دا فينشي
IT | Michelangelo | مايكل أنجلو; ميكيلانجيلو; مايكل أنجلو بوناروتي
IT | Raffaello Sanzio; Raphael Sanzio | رافائيل سانزيو
ES | Pablo Picasso; Picasso | بابلو بيكاسو; بيكاسو
NL | Vincent van Gogh; Van Gogh | فنسنت فان غوخ; فينسنت فان جوخ; فان غوخ; فان جوخ
NL | Rembrandt | رامبرانت; رمبرانت
ES | Salvador Dalí; Salvador Dali; Dalí | سلفادور دالي
FR | Claude Monet; Monet | كلود مونيه; مونيه
FR | Pierre-Auguste Renoir; Renoir | بيير أوغست رينوار; رينوار
FR | Henri Matisse; Matisse | هنري ماتيس
FR | Paul Cézanne; Paul Cezanne; Cézanne | بول سيزان; سيزان
FR | Paul Gauguin; Gauguin | بول غوغان; غوغان
FR | Auguste Rodin; Rodin | أوغست رودان; رودان
FR | Eugène Delacroix; Eugene Delacroix; Delacroix | أوجين دولاكروا; دولاكروا
ES | Francisco Goya | فرانثيسكو غويا; فرانسيسكو غويا
AT | Gustav Klimt | غوستاف كليمت
NO | Edvard Munch | إدوارد مونك
US | Andy Warhol; Warhol | آندي وارهول; وارهول
AT | Wolfgang Amadeus Mozart; Mozart | فولفغانغ أماديوس موتسارت; موتسارت; موزارت
DE | Ludwig van Beethoven; Beethoven | لودفيغ فان بيتهوفن; بيتهوفن
DE | Johann Sebastian Bach | يوهان سباستيان باخ
PL | Frédéric Chopin; Frederic Chopin; Chopin | فريدريك شوبان; شوبان
RU | Pyotr Ilyich Tchaikovsky; Tchaikovsky | بيوتر إيليتش تشايكوفسكي; تشايكوفسكي
DE | Richard Wagner | ريتشارد فاغنر; ريتشارد فاجنر
IT | Giuseppe Verdi; Verdi | جوزيبي فيردي; فيردي
IT | Antonio Vivaldi; Vivaldi | أنطونيو فيفالدي; فيفالدي
AT | Franz Schubert | فرانز شوبرت
DE | George Frideric Handel; Handel | جورج فريدريك هاندل
AT | Johann Strauss II; Johann Strauss | يوهان شتراوس
IT | Giacomo Puccini; Puccini | جاكومو بوتشيني; بوتشيني
IT | Luciano Pavarotti; Pavarotti | لوتشيانو بافاروتي; بافاروتي
ES | Plácido Domingo; Placido Domingo | بلاسيدو دومينغو
GR | Vangelis | فانجيليس; فانغيليس
US | Elvis Presley; Elvis | إلفيس بريسلي; ألفيس بريسلي
GB | John Lennon | جون لينون
GB | Paul McCartney | بول مكارتني; بول ماكارتني
GB | Mick Jagger | ميك جاغر
GB | Elton John | إلتون جون
GB | Freddie Mercury | فريدي ميركوري
GB | Cat Stevens; Yusuf Islam | كات ستيفنز
GB | Sami Yusuf | سامي يوسف
US | Michael Jackson | مايكل جاكسون
US | Madonna | مادونا
US | Whitney Houston | ويتني هيوستن
US | Britney Spears | بريتني سبيرز
US | Jennifer Lopez | جنيفر لوبيز
US | Mariah Carey | ماريا كاري
US | Beyoncé; Beyonce | بيونسيه
US | Lady Gaga | ليدي غاغا
US | Bob Dylan | بوب ديلان
US | Frank Sinatra; Sinatra | فرانك سيناترا; سيناترا
US | Louis Armstrong | لويس أرمسترونغ
US | Eminem | إيمينيم
US | Ray Charles | راي تشارلز
US | Stevie Wonder | ستيفي وندر
US | Taylor Swift | تايلور سويفت
JM | Bob Marley | بوب مارلي
CO | Shakira | شاكيرا
ES | Julio Iglesias | خوليو إيغليسياس; خوليو إجليسياس
ES | Enrique Iglesias | إنريكي إيغليسياس; إنريكي إجليسياس
US | Ricky Martin | ريكي مارتن
FR | Édith Piaf; Edith Piaf | إديث بياف
FR | Charles Aznavour; Aznavour | شارل أزنافور; أزنافور
FR | Dalida | داليدا
FR | Johnny Hallyday | جوني هاليداي
FR | Enrico Macias | إنريكو ماسياس
GR | Nana Mouskouri | نانا موسكوري
GR | Demis Roussos | ديميس روسوس
GR | Maria Callas | ماريا كالاس
# Film and television of the world
GB | Charlie Chaplin; Chaplin | تشارلي تشابلن; شارلي شابلن; شابلن; تشابلن
US | Marilyn Monroe | مارلين مونرو
US | Marlon Brando | مارلون براندو
US | Elizabeth Taylor | إليزابيث تايلور
US | Audrey Hepburn | أودري هيبورن
US | Humphrey Bogart | همفري بوغارت
US | Clint Eastwood | كلينت إيستوود
US | Robert De Niro | روبرت دي نيرو
US | Al Pacino | آل باتشينو
US | Jack Nicholson | جاك نيكلسون
US | Dustin Hoffman | داستن هوفمان
US | Tom Cruise | توم كروز
US | Tom Hanks | توم هانكس
US | Angelina Jolie | أنجلينا جولي; أنجيلينا جولي
US | Leonardo DiCaprio; DiCaprio | ليوناردو دي كابريو; ليوناردو دي كابريو; دي كابريو
US | Johnny Depp | جوني ديب
US | George Clooney | جورج كلوني
US | Julia Roberts | جوليا روبرتس
US | Nicole Kidman | نيكول كيدمان
US | Meryl Streep | ميريل ستريب
US | Mel Gibson | ميل غيبسون; ميل جيبسون
US | Morgan Freeman | مورغان فريمان
US | Denzel Washington | دنزل واشنطن
US | Will Smith | ويل سميث
US | Sylvester Stallone; Stallone | سيلفستر ستالون; ستالون
US | Arnold Schwarzenegger; Schwarzenegger | أرنولد شوارزنيغر; أرنولد شوارزينيجر; شوارزنيغر
US | Bruce Willis | بروس ويليس
US | Kevin Costner | كيفن كوستنر
US | Jennifer Aniston | جينيفر أنيستون
US | Oprah Winfrey; Oprah | أوبرا وينفري
US | Steven Spielberg; Spielberg | ستيفن سبيلبرغ; ستيفن سبيلبيرغ; سبيلبرغ
US | Alfred Hitchcock; Hitchcock | ألفريد هيتشكوك; هيتشكوك
US | Martin Scorsese; Scorsese | مارتن سكورسيزي; سكورسيزي
US | Francis Ford Coppola; Coppola | فرانسيس فورد كوبولا; كوبولا
US | Woody Allen | وودي آلن
US | Quentin Tarantino; Tarantino | كوينتن تارانتينو; تارانتينو
US | James Cameron | جيمس كاميرون
US | Stanley Kubrick; Kubrick | ستانلي كوبريك; كوبريك
IT | Federico Fellini; Fellini | فيديريكو فيليني; فيليني
IT | Sophia Loren | صوفيا لورين
IT | Roberto Benigni | روبرتو بينيني
FR | Catherine Deneuve | كاثرين دونوف
FR | Gérard Depardieu; Gerard Depardieu; Depardieu | جيرار ديبارديو; ديبارديو
FR | Alain Delon | آلان ديلون
FR | Brigitte Bardot | بريجيت باردو
FR | Isabelle Adjani | إيزابيل أدجاني
FR | Jean-Luc Godard | جان لوك غودار
GB | Sean Connery | شون كونري
GB | Anthony Hopkins | أنتوني هوبكنز
GB | Laurence Olivier | لورانس أوليفييه
GB | Rowan Atkinson; Mr. Bean | روان أتكينسون
HK | Jackie Chan | جاكي شان
IN | Amitabh Bachchan; Bachchan | أميتاب باتشان; أميتاب بتشان; باتشان
IN | Shah Rukh Khan | شاروخان; شاه روخ خان
IN | Aamir Khan | عامر خان
IN | Salman Khan | سلمان خان
# Business figures of the world
US | Bill Gates | بيل غيتس; بيل جيتس
US | Steve Jobs | ستيف جوبز
US | Warren Buffett | وارن بافيت
US | Mark Zuckerberg; Zuckerberg | مارك زوكربيرغ; مارك زوكربيرج; زوكربيرغ
US | Jeff Bezos | جيف بيزوس
AU | Rupert Murdoch; Murdoch | روبرت مردوخ; مردوخ
US | George Soros; Soros | جورج سوروس; سوروس
MX | Carlos Slim | كارلوس سليم
IN | Lakshmi Mittal | لاكشمي ميتال
US | Bernard Madoff; Bernie Madoff; Madoff | برنارد مادوف; مادوف
IT | Gianni Agnelli | جياني أنييلي
# Arab singers, musicians and actors
EG | Umm Kulthum; Umm Kalthoum; Oum Kalthoum | أم كلثوم; كوكب الشرق أم كلثوم
EG | Abdel Halim Hafez; Abdel Halim Hafiz | عبد الحليم حافظ; العندليب عبد الحليم حافظ
EG | Mohammed Abdel Wahab; Mohamed Abdel Wahab | محمد عبد الوهاب; موسيقار الأجيال محمد عبد الوهاب
EG | Farid al-Atrash; Farid El Atrache | فريد الأطرش
SY | Asmahan | أسمهان
EG | Sayed Darwish | سيد درويش
EG | Layla Murad; Leila Mourad | ليلى مراد
EG | Faiza Ahmed | فايزة أحمد
EG | Baligh Hamdi | بليغ حمدي
EG | Mohammed al-Mougi | محمد الموجي
EG | Riad al-Sunbati; Riad El Sonbati | رياض السنباطي
EG | Ahmed Rami | أحمد رامي
EG | Omar Khairat | عمر خيرت
EG | Amr Diab | عمرو دياب
EG | Mohamed Mounir | محمد منير
EG | Hany Shaker; Hani Shaker | هاني شاكر
EG | Medhat Saleh | مدحت صالح
EG | Ali El Haggar; Ali al-Hajjar | علي الحجار
EG | Hamid El Shaeri | حميد الشاعري
EG | Ehab Tawfik | إيهاب توفيق
EG | Tamer Hosny | تامر حسني
EG | Sherine Abdel Wahab | شيرين عبد الوهاب
EG | Angham Mohamed Ali | أنغام محمد علي
EG | Ahmed Adaweya; Ahmed Adawiyah | أحمد عدوية
EG | Shaaban Abdel Rahim | شعبان عبد الرحيم
EG | Mohamed Hamaki | محمد حماقي
EG | Omar Sharif | عمر الشريف
EG | Faten Hamama | فاتن حمامة
EG | Soad Hosny; Souad Hosni | سعاد حسني
EG | Rushdy Abaza | رشدي أباظة
EG | Ahmed Zaki | أحمد زكي
EG | Mahmoud Yassin | محمود ياسين
EG | Yehia El-Fakharany; Yahya al-Fakharani | يحيى الفخراني
EG | Hussein Fahmy | حسين فهمي
EG | Samir Ghanem | سمير غانم
EG | George Sidhom | جورج سيدهم
EG | Abdel Moneim Madbouly | عبد المنعم مدبولي
EG | Ismail Yassin | إسماعيل ياسين
EG | Naguib el-Rihani; Naguib al-Rihani | نجيب الريحاني
EG | Youssef Wahbi; Yusuf Wahbi | يوسف وهبي
EG | Farid Shawqi; Farid Shawki | فريد شوقي
EG | Mahmoud el-Meligy; Mahmoud al-Miligi | محمود المليجي
EG | Salah Zulfikar | صلاح ذو الفقار
EG | Kamal el-Shennawi | كمال الشناوي
EG | Shukry Sarhan | شكري سرحان
EG | Hind Rostom; Hend Rostom | هند رستم
EG | Nadia Lutfi | نادية لطفي
EG | Mervat Amin | ميرفت أمين
EG | Nabila Ebeid | نبيلة عبيد
EG | Nadia El Gendy; Nadia al-Gindi | نادية الجندي
EG | Ilham Shahin | إلهام شاهين
EG | Sherihan | شريهان
EG | Hussein Riad | حسين رياض
EG | Tawfik El Deken; Tawfik al-Dekn | توفيق الدقن
EG | Mohamed Sobhi | محمد صبحي
EG | Mohamed Henedi; Mohamed Heneidy | محمد هنيدي
EG | Ahmed Helmy | أحمد حلمي
EG | Ahmed El Sakka; Ahmed al-Sakka | أحمد السقا
EG | Karim Abdel Aziz | كريم عبد العزيز
EG | Mona Zaki | منى زكي
EG | Talaat Zakaria | طلعت زكريا
EG | Khaled Abol Naga | خالد أبو النجا
EG | Hend Sabry | هند صبري
EG | Salah el-Saadany | صلاح السعدني
EG | Ezzat El Alaily | عزت العلايلي
EG | Samir Sabri | سمير صبري
EG | Athar El-Hakim | آثار الحكيم
EG | Fifi Abdou | فيفي عبده
EG | Tahia Carioca | تحية كاريوكا
EG | Lebleba | لبلبة
EG | Ragaa al-Gedawy | رجاء الجداوي
EG | Bassem Youssef | باسم يوسف
EG | Mona El-Shazly | منى الشاذلي
EG | Hamdi Kandil | حمدي قنديل
LB | Fairuz; Fairouz; Fayrouz | فيروز; السيدة فيروز
LB | Nasri Shamseddine | نصري شمس الدين
LB | Melhem Barakat | ملحم بركات
LB | Majida El Roumi; Magida El Roumi | ماجدة الرومي
LB | Julia Boutros | جوليا بطرس
LB | Nancy Ajram | نانسي عجرم
LB | Haifa Wehbe; Haifa Wehbi | هيفاء وهبي; هيفا وهبي
LB | Elissa | إليسا
LB | Nawal Al Zoghbi; Nawal al-Zughbi | نوال الزغبي
LB | Wael Kfoury | وائل كفوري
LB | Assi El Hallani | عاصي الحلاني
LB | Fadel Shaker; Fadl Shaker | فضل شاكر
LB | Walid Toufic | وليد توفيق
LB | Marwan Khoury | مروان خوري
LB | Najwa Karam | نجوى كرم
LB | Diana Haddad | ديانا حداد
LB | Ziad Bourji | زياد برجي
SY | Sabah Fakhri | صباح فخري
SY | Mayada El Hennawy; Mayada al-Hinnawi | ميادة الحناوي
SY | Asala Nasri; Assala Nasri | أصالة نصري
SY | Fahd Ballan | فهد بلان
SY | Nihad Qalai | نهاد قلعي
SY | Ayman Zeidan | أيمن زيدان
SY | Jamal Suleiman | جمال سليمان
SY | Bassem Yakhour | باسم ياخور
SY | Sulaf Fawakherji | سلاف فواخرجي
SY | Abbas al-Nouri | عباس النوري
SY | Najdat Anzour | نجدة أنزور
IQ | Nazem al-Ghazali; Nazim al-Ghazali | ناظم الغزالي
IQ | Saadi al-Hilli | سعدي الحلي
IQ | Munir Bashir | منير بشير
TN | Latifa Arfaoui | لطيفة العرفاوي
TN | Anouar Brahem | أنور براهم
TN | Dhafer Youssef | ظافر يوسف
DZ | Cheb Khaled | الشاب خالد
DZ | Cheb Mami | الشاب مامي
DZ | Cheb Hasni | الشاب حسني
DZ | Rachid Taha | رشيد طه
DZ | Souad Massi | سعاد ماسي
DZ | Idir | المغني إيدير
DZ | Lounès Matoub; Lounes Matoub | معطوب الوناس; لونيس معطوب
MA | Abdelwahab Doukkali | عبد الوهاب الدكالي
MA | Abdelhadi Belkhayat | عبد الهادي بلخياط
MA | Samira Said | سميرة سعيد
MA | Jamel Debbouze | جمال دبوز
SA | Rashed Al Majed | راشد الماجد
SA | Nasser Al Qasabi | ناصر القصبي
SA | Abdullah Al Sadhan | عبد الله السدحان
KW | Hayat Al-Fahad | حياة الفهد
KW | Souad Abdullah | سعاد عبد الله
AE | Mehad Hamad | ميحد حمد
AE | Eida Al Menhali | عيضة المنهالي
YE | Ayoob Taresh; Ayoub Tarish | أيوب طارش
SD | Abdel Karim al-Kabli | عبد الكريم الكابلي
JO | Omar Al-Abdallat | عمر العبداللات
JO | Diana Karazon | ديانا كرزون
PS | Mohammed Assaf | محمد عساف
PS | Reem Banna | ريم البنا
# Footballers: Ballon d'Or winners and World Cup stars since 1990
BR | Pelé; Pele | بيليه; الجوهرة السوداء بيليه
AR | Diego Maradona; Diego Armando Maradona; Maradona | دييغو مارادونا; دييجو مارادونا; دييغو أرماندو مارادونا; مارادونا
NL | Johan Cruyff; Johan Cruijff; Cruyff | يوهان كرويف; كرويف
DE | Franz Beckenbauer; Beckenbauer | فرانز بيكنباور; بيكنباور
DE | Gerd Müller; Gerd Mueller | غيرد مولر; جيرد مولر
PT | Eusébio; Eusebio | أوزيبيو; يوزيبيو
AR | Alfredo Di Stéfano; Alfredo Di Stefano; Di Stéfano | ألفريدو دي ستيفانو; دي ستيفانو
HU | Ferenc Puskás; Ferenc Puskas; Puskás | فيرينك بوشكاش; بوشكاش
BR | Garrincha | غارينشا; جارينشا
BR | Zico | زيكو
FR | Michel Platini; Platini | ميشيل بلاتيني; ميشال بلاتيني; بلاتيني
DE | Lothar Matthäus; Lothar Matthaus; Matthäus | لوثر ماتيوس; لوتار ماتيوس; ماتيوس
FR | Jean-Pierre Papin | جان بيير بابان
NL | Marco van Basten; Van Basten | ماركو فان باستن; فان باستن
IT | Roberto Baggio; Baggio | روبرتو باجيو; روبرتو باغيو; باجيو
BG | Hristo Stoichkov; Stoichkov | خريستو ستويتشكوف; ستويتشكوف
LR | George Weah | جورج وياه
DE | Matthias Sammer | ماتياس زامر; ماتياس سامر
BR | Ronaldo; Ronaldo Nazário; Ronaldo Luís Nazário de Lima | رونالدو; رونالدو نازاريو; الظاهرة رونالدو
FR | Zinedine Zidane | زين الدين زيدان; زين الدين زيدان
BR | Rivaldo | ريفالدو
PT | Luís Figo; Luis Figo; Figo | لويس فيغو; لويس فيجو; فيغو; فيجو
GB | Michael Owen | مايكل أوين
CZ | Pavel Nedvěd; Pavel Nedved; Nedved | بافيل نيدفيد; نيدفيد
UA | Andriy Shevchenko; Andrei Shevchenko; Shevchenko | أندريه شيفتشينكو; أندري شيفتشينكو; شيفتشينكو
BR | Ronaldinho | رونالدينيو; رونالدينهو
IT | Fabio Cannavaro; Cannavaro | فابيو كانافارو; كانافارو
BR | Kaká; Kaka | كاكا
PT | Cristiano Ronaldo | كريستيانو رونالدو
AR | Lionel Messi; Messi | ليونيل ميسي; ميسي
BR | Romário; Romario | روماريو
BR | Bebeto | بيبيتو
BR | Roberto Carlos | روبرتو كارلوس
BR | Cafu | كافو
BR | Dunga | دونغا; دونجا
BR | Adriano Leite Ribeiro | أدريانو ليتي ريبيرو
BR | Robinho | روبينيو; روبينهو
BR | Emerson Ferreira da Rosa | إيمرسون فيريرا دا روزا
BR | Cláudio Taffarel; Claudio Taffarel; Taffarel | كلاوديو تافاريل; تافاريل
BR | Juninho Pernambucano | جونينيو بيرنامبوكانو
BR | Denílson; Denilson | دينيلسون
BR | Neymar | نيمار
FR | Thierry Henry | تييري هنري
FR | Patrick Vieira | باتريك فييرا
FR | Lilian Thuram; Thuram | ليليان تورام; تورام
FR | Marcel Desailly; Desailly | مارسيل ديسايي; ديسايي
FR | Didier Deschamps; Deschamps | ديدييه ديشان; ديشان
FR | Fabien Barthez; Barthez | فابيان بارتيز; بارتيز
FR | David Trezeguet; Trezeguet | دافيد تريزيغيه; ديفيد تريزيغيه; تريزيغيه
FR | Eric Cantona; Cantona | إريك كانتونا; كانتونا
FR | Franck Ribéry; Franck Ribery; Ribéry; Ribery | فرانك ريبيري; ريبيري
FR | Karim Benzema; Benzema | كريم بنزيمة; بنزيمة
FR | Samir Nasri | سمير نصري
FR | Nicolas Anelka; Anelka | نيكولا أنيلكا; أنيلكا
FR | Robert Pires | روبير بيريس; روبير بيرس
FR | Claude Makélélé; Claude Makelele; Makelele | كلود ماكيليلي; ماكيليلي
FR | Kylian Mbappé; Kylian Mbappe; Mbappé; Mbappe | كيليان مبابي; مبابي
GB | David Beckham; Beckham | ديفيد بيكهام; بيكهام
GB | Wayne Rooney; Rooney | واين روني; روني
GB | Steven Gerrard; Gerrard | ستيفن جيرارد; جيرارد
GB | Frank Lampard; Lampard | فرانك لامبارد; لامبارد
GB | Alan Shearer; Shearer | آلان شيرر; ألان شيرر; شيرر
GB | Gary Lineker; Lineker | غاري لينيكر; لينيكر
GB | Paul Scholes | بول سكولز
GB | Ryan Giggs; Giggs | ريان غيغز; رايان جيجز; غيغز
GB | John Terry | جون تيري
GB | Rio Ferdinand | ريو فرديناند
GB | Paul Gascoigne; Gascoigne | بول غاسكوين; غاسكوين
GB | Bobby Charlton | بوبي تشارلتون
GB | David Seaman | ديفيد سيمان
GB | Sol Campbell | سول كامبل
GB | Ashley Cole | آشلي كول
GB | Peter Crouch | بيتر كراوتش
GB | Harry Kane | هاري كين
ES | Raúl González; Raul Gonzalez; Raúl González Blanco | راؤول غونزاليس; راؤول جونزاليس
ES | Iker Casillas; Casillas | إيكر كاسياس; كاسياس
ES | Fernando Torres | فرناندو توريس
ES | Xavi Hernández; Xavi Hernandez; Xavi | تشافي هيرنانديز; شافي هيرنانديز; تشافي
ES | Andrés Iniesta; Andres Iniesta; Iniesta | أندريس إنييستا; إنييستا
ES | Carles Puyol; Puyol | كارليس بويول; بويول
ES | Fernando Hierro | فرناندو هييرو
ES | Josep Guardiola; Pep Guardiola; Guardiola | بيب غوارديولا; جوسيب غوارديولا; غوارديولا; جوارديولا
ES | Sergio Ramos | سيرخيو راموس; سيرجيو راموس
ES | Xabi Alonso | تشابي ألونسو; شابي ألونسو
IT | Gianluigi Buffon; Buffon | جانلويجي بوفون; جيانلويجي بوفون; بوفون
IT | Paolo Maldini; Maldini | باولو مالديني; مالديني
IT | Alessandro Del Piero; Del Piero | أليساندرو ديل بييرو; ديل بييرو
IT | Francesco Totti; Totti | فرانشيسكو توتي; توتي
IT | Andrea Pirlo; Pirlo | أندريا بيرلو; بيرلو
IT | Filippo Inzaghi; Inzaghi | فيليبو إنزاغي; فيليبو إنزاجي; إنزاغي
IT | Christian Vieri; Vieri | كريستيان فييري; فييري
IT | Marco Materazzi; Materazzi | ماركو ماتيراتزي; ماتيراتزي
IT | Gennaro Gattuso; Gattuso | جينارو غاتوزو; جينارو جاتوزو; غاتوزو
IT | Alessandro Nesta; Nesta | أليساندرو نيستا; نيستا
IT | Luca Toni | لوكا توني
IT | Franco Baresi; Baresi | فرانكو باريزي; باريزي
IT | Gianfranco Zola | جيانفرانكو زولا
DE | Michael Ballack; Ballack | ميكايل بالاك; مايكل بالاك; بالاك
DE | Miroslav Klose; Klose | ميروسلاف كلوزه; ميروسلاف كلوزة; كلوزه
DE | Jürgen Klinsmann; Juergen Klinsmann; Klinsmann | يورغن كلينسمان; يورجن كلينسمان; كلينسمان
DE | Rudi Völler; Rudi Voeller | رودي فولر
DE | Bastian Schweinsteiger; Schweinsteiger | باستيان شفاينشتايغر; شفاينشتايغر
DE | Philipp Lahm | فيليب لام
DE | Thomas Müller; Thomas Mueller | توماس مولر
DE | Karl-Heinz Rummenigge; Rummenigge | كارل هاينز رومينيغه; رومينيغه
NL | Dennis Bergkamp; Bergkamp | دينيس بيركامب; دينيس بيرغكامب; بيركامب
NL | Ruud van Nistelrooy; Van Nistelrooy; Nistelrooy | رود فان نيستلروي; فان نيستلروي; نيستلروي
NL | Patrick Kluivert; Kluivert | باتريك كلويفرت; كلويفرت
NL | Edgar Davids | إدغار دافيدز; إدجار ديفيدز
NL | Clarence Seedorf; Seedorf | كلارنس سيدورف; سيدورف
NL | Ruud Gullit; Gullit | رود خوليت; رود غوليت; خوليت
NL | Frank Rijkaard; Rijkaard | فرانك ريكارد; فرانك رايكارد; ريكارد
NL | Arjen Robben; Robben | آرين روبن; أريين روبن
NL | Robin van Persie; Van Persie | روبن فان بيرسي; فان بيرسي
NL | Wesley Sneijder | ويسلي شنايدر
NL | Marc Overmars | مارك أوفرمارس
SE | Zlatan Ibrahimović; Zlatan Ibrahimovic; Ibrahimović; Ibrahimovic | زلاتان إبراهيموفيتش; إبراهيموفيتش
SE | Henrik Larsson | هنريك لارسون
DK | Michael Laudrup; Laudrup | مايكل لاودروب; لاودروب
DK | Peter Schmeichel; Schmeichel | بيتر شمايكل; شمايكل
BG | Dimitar Berbatov; Berbatov | ديميتار برباتوف; برباتوف
RO | Gheorghe Hagi | جورجي هاجي; غيورغي هاجي
HR | Davor Šuker; Davor Suker | دافور سوكر
HR | Zvonimir Boban | زفونيمير بوبان
HR | Luka Modrić; Luka Modric; Modric | لوكا مودريتش; مودريتش
RS | Siniša Mihajlović; Sinisa Mihajlovic | سينيشا ميهايلوفيتش
RS | Dejan Stanković; Dejan Stankovic | ديان ستانكوفيتش
PT | Rui Costa | روي كوستا
PT | Deco | ديكو
PT | Nuno Gomes | نونو غوميز
PT | Pauleta | باوليتا
PT | Ricardo Carvalho | ريكاردو كارفاليو
TR | Hakan Şükür; Hakan Sukur | هاكان شوكور; هاكان سوكور
TR | Rüştü Reçber; Rustu Recber | روشتو رتشبر
TR | Emre Belözoğlu; Emre Belozoglu | إمري بيلوزوغلو
AR | Gabriel Batistuta; Batistuta | غابرييل باتيستوتا; جابرييل باتيستوتا; باتيستوتا
AR | Hernán Crespo; Hernan Crespo | هيرنان كريسبو
AR | Juan Román Riquelme; Juan Roman Riquelme; Riquelme | خوان رومان ريكيلمي; ريكيلمي
AR | Javier Zanetti; Zanetti | خافيير زانيتي; زانيتي
AR | Juan Sebastián Verón; Juan Sebastian Veron | خوان سيباستيان فيرون
AR | Carlos Tevez; Tevez | كارلوس تيفيز; تيفيز
AR | Ariel Ortega | أرييل أورتيغا
AR | Gabriel Heinze | غابرييل هاينزه
AR | Sergio Agüero; Sergio Aguero; Agüero; Aguero | سيرخيو أغويرو; سيرجيو أجويرو; أغويرو
AR | Ángel Di María; Angel Di Maria; Di María; Di Maria | أنخيل دي ماريا; دي ماريا
UY | Diego Forlán; Diego Forlan; Forlán; Forlan | دييغو فورلان; فورلان
UY | Álvaro Recoba; Alvaro Recoba; Recoba | ألفارو ريكوبا; ريكوبا
UY | Luis Suárez; Luis Suarez | لويس سواريز
CM | Samuel Eto'o; Samuel Etoo; Eto'o | صامويل إيتو; صموئيل إيتو; إيتو
CM | Roger Milla | روجيه ميلا
CM | Rigobert Song | ريغوبير سونغ
CM | Patrick Mboma | باتريك مبوما
CI | Didier Drogba; Drogba | ديدييه دروغبا; ديدييه دروجبا; دروغبا; دروجبا
CI | Yaya Touré; Yaya Toure | يايا توريه
CI | Kolo Touré; Kolo Toure | كولو توريه
GH | Michael Essien; Essien | مايكل إيسيان; مايكل إيسين; إيسيان
GH | Abedi Pele; Abedi Ayew | عبيدي بيليه; عبيدي أيو
NG | Jay-Jay Okocha; Augustine Okocha; Okocha | جاي جاي أوكوتشا; أوكوتشا
NG | Nwankwo Kanu | نوانكو كانو
NG | Rashidi Yekini | رشيدي ياكيني
TG | Emmanuel Adebayor; Adebayor | إيمانويل أديبايور; أديبايور
ML | Frédéric Kanouté; Frederic Kanoute; Kanouté; Kanoute | فريدريك كانوتيه; كانوتيه
ML | Mahamadou Diarra | محمدو ديارا
JP | Hidetoshi Nakata | هيديتوشي ناكاتا
KR | Park Ji-sung | بارك جي سونغ
IR | Ali Daei | علي دائي
IR | Ali Karimi | علي كريمي
IR | Mehdi Mahdavikia | مهدي مهدوي كيا
AU | Harry Kewell | هاري كيويل
US | Landon Donovan | لاندون دونوفان
# Arab footballers
EG | Mohamed Aboutrika; Mohamed Abou Treika; Aboutrika | محمد أبو تريكة; محمد أبوتريكة; أبو تريكة; أبوتريكة
EG | Hossam Hassan | حسام حسن
EG | Mohamed Zidan | محمد زيدان
EG | Amr Zaki | عمرو زكي
EG | Hany Ramzy | هاني رمزي
EG | Ahmed Hossam Mido; Mido | ميدو; أحمد حسام ميدو
EG | Wael Gomaa | وائل جمعة
EG | Mahmoud El Khatib; Mahmoud El-Khatib | محمود الخطيب
EG | Hassan Shehata | حسن شحاتة
EG | Mahmoud El-Gohary; Mahmoud al-Gohari | محمود الجوهري
EG | Mohamed Salah; Mo Salah | محمد صلاح
EG | Mohamed Elneny | محمد النني
EG | Shikabala | شيكابالا
EG | Saleh Selim | صالح سليم
SA | Majed Abdullah | ماجد عبد الله
SA | Sami Al-Jaber; Sami al-Jaber | سامي الجابر
SA | Yasser Al-Qahtani | ياسر القحطاني
SA | Saeed Al-Owairan; Saeed al-Owairan | سعيد العويران
SA | Mohamed Al-Deayea | محمد الدعيع
SA | Nawaf Al-Temyat | نواف التمياط
IQ | Younis Mahmoud | يونس محمود
IQ | Nashat Akram | نشأت أكرم
IQ | Hawar Mulla Mohammed | هوار ملا محمد
IQ | Ahmed Radhi | أحمد راضي
IQ | Adnan Hamad | عدنان حمد
DZ | Rabah Madjer; Madjer | رابح ماجر
DZ | Lakhdar Belloumi | لخضر بلومي
DZ | Mustapha Dahleb | مصطفى دحلب
DZ | Rabah Saâdane; Rabah Saadane | رابح سعدان
DZ | Karim Ziani | كريم زياني
DZ | Antar Yahia | عنتر يحيى
DZ | Madjid Bougherra | مجيد بوقرة
DZ | Rafik Saïfi; Rafik Saifi | رفيق صايفي
DZ | Riyad Mahrez; Mahrez | رياض محرز
MA | Mustapha Hadji | مصطفى حجي
MA | Noureddine Naybet | نور الدين النيبت
MA | Marouane Chamakh; Chamakh | مروان الشماخ; مروان شماخ; الشماخ
MA | Youssef Chippo | يوسف شيبو
MA | Salaheddine Bassir | صلاح الدين بصير
MA | Badou Zaki | بادو الزاكي; الزاكي بادو
MA | Achraf Hakimi; Hakimi | أشرف حكيمي
MA | Hakim Ziyech; Ziyech | حكيم زياش; زياش
MA | Yassine Bounou | ياسين بونو
MA | Walid Regragui | وليد الركراكي
TN | Radhi Jaïdi; Radhi Jaidi | راضي الجعايدي
TN | Zoubeir Baya | زبير بية
TN | Ziad Jaziri | زياد الجزيري
TN | Francileudo Santos; Francileudo dos Santos | فرانسيليدو سانتوس
TN | Hatem Trabelsi | حاتم الطرابلسي
TN | Adel Chedli | عادل الشاذلي
TN | Hamadi Agrebi | حمادي العقربي
TN | Tarak Dhiab | طارق ذياب
KW | Jassem Al-Huwaidi; Jasem Al Huwaidi | جاسم الهويدي
AE | Adnan Al Talyani | عدنان الطلياني
JO | Amer Deeb | عامر ديب
OM | Ali Al-Habsi | علي الحبسي
SY | Firas Al-Khatib | فراس الخطيب
# Football coaches
GB | Alex Ferguson; Sir Alex Ferguson | أليكس فيرجسون; أليكس فيرغسون; السير أليكس فيرجسون; فيرجسون; فيرغسون
FR | Arsène Wenger; Arsene Wenger; Wenger | أرسين فينغر; آرسين فينجر; أرسين فينجر; فينغر; فينجر
PT | José Mourinho; Jose Mourinho; Mourinho | جوزيه مورينيو; مورينيو
IT | Fabio Capello; Capello | فابيو كابيلو; كابيلو
IT | Carlo Ancelotti; Ancelotti | كارلو أنشيلوتي; أنشيلوتي
IT | Arrigo Sacchi | أريغو ساكي
IT | Giovanni Trapattoni; Trapattoni | جيوفاني تراباتوني; تراباتوني
IT | Claudio Ranieri; Ranieri | كلاوديو رانييري; رانييري
NL | Guus Hiddink; Hiddink | غوس هيدينك; جوس هيدينك; هيدينك
NL | Louis van Gaal; Van Gaal | لويس فان غال; فان غال
NL | Dick Advocaat; Advocaat | ديك أدفوكات; أدفوكات
NL | Bert van Marwijk | بيرت فان مارفيك
ES | Rafael Benítez; Rafael Benitez; Benítez | رافائيل بينيتيز; بينيتيز
ES | Vicente del Bosque; Del Bosque | فيسنتي ديل بوسكي; ديل بوسكي
ES | Luis Aragonés; Luis Aragones; Aragonés | لويس أراغونيس; أراغونيس
SE | Sven-Göran Eriksson; Sven-Goran Eriksson | سفين غوران إريكسون; سفين جوران إريكسون
BR | Luiz Felipe Scolari; Scolari | لويس فيليبي سكولاري; سكولاري
BR | Carlos Alberto Parreira; Parreira | كارلوس ألبرتو باريرا; باريرا
BR | Mário Zagallo; Mario Zagallo; Zagallo | ماريو زاغالو; زاغالو
BR | Telê Santana | تيلي سانتانا
AR | Marcelo Bielsa; Bielsa | مارسيلو بيلسا; بيلسا
AR | José Pékerman; Jose Pekerman | خوسيه بيكرمان
AR | Carlos Bilardo | كارلوس بيلاردو
FR | Aimé Jacquet; Aime Jacquet | إيمي جاكيه
FR | Roger Lemerre; Lemerre | روجيه لومير
FR | Raymond Domenech; Domenech | ريمون دومينيك
FR | Henri Michel | هنري ميشيل; هنري ميشال
FR | Philippe Troussier; Troussier | فيليب تروسييه; تروسييه
FR | Bruno Metsu; Metsu | برونو ميتسو; ميتسو
FR | Gérard Houllier; Gerard Houllier; Houllier | جيرار هولييه; هولييه
FR | Hervé Renard; Herve Renard | هيرفي رينارد
DE | Otto Rehhagel; Rehhagel | أوتو ريهاغل; ريهاغل
DE | Ottmar Hitzfeld; Hitzfeld | أوتمار هيتسفيلد; هيتسفيلد
DE | Joachim Löw; Joachim Loew | يواخيم لوف
DE | Felix Magath | فيليكس ماغاث
RS | Bora Milutinović; Bora Milutinovic | بورا ميلوتينوفيتش
PT | Manuel José; Manuel Jose | مانويل جوزيه
SE | Lars Lagerbäck | لارس لاغرباك
# Formula One, tennis and other sports
DE | Michael Schumacher; Schumacher | مايكل شوماخر; ميكايل شوماخر; شوماخر
DE | Ralf Schumacher | رالف شوماخر
ES | Fernando Alonso | فرناندو ألونسو; ألونسو
FI | Kimi Räikkönen; Kimi Raikkonen; Räikkönen; Raikkonen | كيمي رايكونن; رايكونن
GB | Lewis Hamilton | لويس هاميلتون
GB | Jenson Button | جنسون باتون
DE | Sebastian Vettel | سيباستيان فيتيل; فيتيل
FI | Mika Häkkinen; Mika Hakkinen; Häkkinen; Hakkinen | ميكا هاكينن; هاكينن
GB | Damon Hill | دامون هيل
CA | Jacques Villeneuve | جاك فيلنوف; جاك فيلنوف
BR | Ayrton Senna | أيرتون سينا; آيرتون سينا
FR | Alain Prost | آلان بروست; ألان بروست
GB | Nigel Mansell | نايجل مانسيل
AT | Niki Lauda | نيكي لاودا
CO | Juan Pablo Montoya; Montoya | خوان بابلو مونتويا; مونتويا
BR | Rubens Barrichello; Barrichello | روبنز باريكيلو
BR | Felipe Massa | فيليبي ماسا; فيليب ماسا
GB | David Coulthard; Coulthard | ديفيد كولتهارد; كولتهارد
AU | Mark Webber | مارك ويبر
NL | Max Verstappen; Verstappen | ماكس فيرستابن; فيرستابن
FR | Sébastien Loeb; Sebastien Loeb | سيباستيان لوب
QA | Nasser Al-Attiyah | ناصر العطية
US | Andre Agassi; Agassi | أندريه أغاسي; أندري أغاسي; أغاسي; آغاسي
US | Pete Sampras; Sampras | بيت سامبراس; سامبراس
CH | Roger Federer; Federer | روجيه فيدرر; روجر فيدرر; فيدرر
ES | Rafael Nadal; Nadal | رافائيل نادال; نادال
RS | Novak Djokovic; Novak Đoković; Djokovic | نوفاك دجوكوفيتش; نوفاك ديوكوفيتش; ديوكوفيتش; دجوكوفيتش
GB | Andy Murray | آندي موراي; أندي موراي
AU | Lleyton Hewitt; Hewitt | ليتون هيويت; هيويت
RU | Marat Safin; Safin | مارات سافين; سافين
US | Andy Roddick; Roddick | آندي روديك; أندي روديك; روديك
ES | Juan Carlos Ferrero | خوان كارلوس فيريرو
BR | Gustavo Kuerten | غوستافو كويرتن
ES | Carlos Moyá; Carlos Moya | كارلوس مويا
DE | Boris Becker | بوريس بيكر
SE | Stefan Edberg; Edberg | ستيفان إدبرغ; إدبرغ
CZ | Ivan Lendl; Lendl | إيفان ليندل; ليندل
US | John McEnroe; McEnroe | جون ماكنرو; ماكنرو
SE | Björn Borg; Bjorn Borg | بيورن بورغ
US | Jimmy Connors | جيمي كونورز
HR | Goran Ivanišević; Goran Ivanisevic | غوران إيفانيسيفيتش
RU | Yevgeny Kafelnikov; Kafelnikov | يفغيني كافيلنيكوف; كافيلنيكوف
AU | Patrick Rafter | باتريك رافتر
AR | David Nalbandian; Nalbandian | ديفيد نالبانديان; نالبانديان
DE | Steffi Graf | شتيفي غراف; ستيفي غراف
US | Martina Navratilova; Navratilova | مارتينا نافراتيلوفا; نافراتيلوفا
CH | Martina Hingis; Hingis | مارتينا هينغيس; مارتينا هينجيس; هينغيس
US | Monica Seles | مونيكا سيليس
US | Serena Williams | سيرينا ويليامز; سيرينا وليامز
US | Venus Williams | فينوس ويليامز; فينوس وليامز
BE | Justine Henin; Justine Henin-Hardenne; Henin | جوستين إينان; جوستين هينان; إينان
BE | Kim Clijsters; Clijsters | كيم كلايسترز; كلايسترز
RU | Maria Sharapova; Sharapova | ماريا شارابوفا; شارابوفا
US | Lindsay Davenport | ليندساي دافنبورت
FR | Amélie Mauresmo; Amelie Mauresmo; Mauresmo | إميلي موريسمو; أميلي موريسمو; موريسمو
US | Jennifer Capriati; Capriati | جنيفر كابرياتي; كابرياتي
RU | Anna Kournikova; Kournikova | آنا كورنيكوفا; كورنيكوفا
ES | Arantxa Sánchez Vicario; Arantxa Sanchez Vicario | أرانتشا سانشيز فيكاريو
RU | Svetlana Kuznetsova | سفيتلانا كوزنيتسوفا
RS | Ana Ivanovic; Ana Ivanović | آنا إيفانوفيتش
MA | Hicham Arazi | هشام أرازي
MA | Younes El Aynaoui | يونس العيناوي
TN | Ons Jabeur | أنس جابر
US | Muhammad Ali; Cassius Clay | محمد علي كلاي
US | Mike Tyson; Tyson | مايك تايسون; تايسون
GB | Lennox Lewis | لينوكس لويس
US | Evander Holyfield; Holyfield | إيفاندر هوليفيلد; هوليفيلد
GB | Naseem Hamed; Prince Naseem Hamed | نسيم حميد; الأمير نسيم حميد
US | Floyd Mayweather | فلويد مايويذر
PH | Manny Pacquiao | ماني باكياو
US | Michael Jordan | مايكل جوردان
US | Magic Johnson | ماجيك جونسون
US | Kobe Bryant | كوبي براينت
US | Shaquille O'Neal | شاكيل أونيل
US | LeBron James | ليبرون جيمس
CN | Yao Ming | ياو مينغ; ياو مينج
US | Tiger Woods | تايغر وودز; تايجر وودز
US | Lance Armstrong | لانس أرمسترونغ; لانس أرمسترونج
US | Michael Phelps; Phelps | مايكل فيلبس; فيلبس
JM | Usain Bolt | يوسين بولت; أوسين بولت
US | Carl Lewis | كارل لويس
US | Maurice Greene | موريس غرين
US | Marion Jones | ماريون جونز
US | Florence Griffith Joyner | فلورنس غريفيث جوينر
ET | Haile Gebrselassie; Gebrselassie | هايلي جبريسيلاسي; هيلي جبرسيلاسي; جبريسيلاسي
ET | Kenenisa Bekele; Bekele | كينينيسا بيكيلي; كينينيسا بيكيلة; بيكيلي
GB | Paula Radcliffe | باولا رادكليف
UA | Sergey Bubka; Sergei Bubka; Bubka | سيرغي بوبكا; سيرجي بوبكا; بوبكا
RU | Yelena Isinbayeva; Isinbayeva | يلينا إيسينباييفا; إيسينباييفا
RO | Nadia Comăneci; Nadia Comaneci | ناديا كومانيتشي
AU | Ian Thorpe | إيان ثورب
US | Mark Spitz | مارك سبيتز
CN | Liu Xiang | ليو شيانغ
RU | Garry Kasparov; Kasparov | غاري كاسباروف; جاري كاسباروف; كاسباروف
RU | Anatoly Karpov; Karpov | أناتولي كاربوف; كاربوف
RU | Vladimir Kramnik; Kramnik | فلاديمير كرامنيك; كرامنيك
IN | Viswanathan Anand | فيسواناثان أناند
US | Bobby Fischer | بوبي فيشر
MA | Hicham El Guerrouj; El Guerrouj | هشام الكروج; الكروج
MA | Saïd Aouita; Said Aouita | سعيد عويطة
MA | Nawal El Moutawakel | نوال المتوكل
MA | Khalid Skah | خالد سكاح
MA | Brahim Boulami | إبراهيم بولامي
MA | Abdelkader Mouaziz | عبد القادر المواظي
DZ | Hassiba Boulmerka | حسيبة بولمرقة
DZ | Noureddine Morceli; Morceli | نور الدين مرسلي
DZ | Nouria Mérah-Benida; Nouria Merah-Benida | نورية بنيدة مراح
EG | Karam Gaber | كرم جابر
EG | Mohamed Rashwan | محمد رشوان
TN | Oussama Mellouli | أسامة الملولي
QA | Mutaz Essa Barshim; Mutaz Barshim | معتز برشم; معتز عيسى برشم
SA | Hadi Souan Somayli | هادي صوعان الصميلي
KW | Fehaid Al-Deehani | فهيد الديحاني
AE | Ahmed bin Hasher Al Maktoum | أحمد بن حشر آل مكتوم
# Religious leaders in the news
- | Pope Paul VI; Paul VI | البابا بولس السادس
- | Bartholomew I of Constantinople; Patriarch Bartholomew | البطريرك برثلماوس الأول; البطريرك المسكوني برثلماوس
SY | Ignatius IV Hazim; Patriarch Ignatius IV | البطريرك إغناطيوس الرابع هزيم; إغناطيوس الرابع هزيم
SY | Gregory III Laham | البطريرك غريغوريوس الثالث لحام; غريغوريوس الثالث لحام
SY | Ignatius Zakka I Iwas | البطريرك زكا الأول عيواص; زكا الأول عيواص
LB | Aram I | الكاثوليكوس آرام الأول; آرام الأول كيشيشيان
PS | Theophilos III of Jerusalem | البطريرك ثيوفيلوس الثالث; ثيوفيلوس الثالث
PS | Irineos I of Jerusalem | البطريرك إيرينيوس الأول; إيرينيوس الأول
PS | Atallah Hanna | عطا الله حنا; المطران عطا الله حنا
RU | Patriarch Alexy II; Alexy II | البطريرك أليكسي الثاني; أليكسي الثاني
RU | Patriarch Kirill; Kirill of Moscow | البطريرك كيريل; البطريرك كيريل الأول
GB | Rowan Williams | روان ويليامز; روان وليامز
GB | George Carey | جورج كاري
US | Billy Graham | بيلي غراهام; بيلي جراهام
US | Pat Robertson | بات روبرتسون
US | Jerry Falwell | جيري فالويل
- | Aga Khan IV; Aga Khan | آغا خان; الآغا خان; كريم آغا خان
IN | Zakir Naik | ذاكر نايك
ZA | Ahmed Deedat | أحمد ديدات
CH | Tariq Ramadan | طارق رمضان
JO | Abu Qatada; Abu Qatada al-Filistini | أبو قتادة
GB | Anjem Choudary | أنجم تشودري; أنجم شودري
IR | Ahmad Khatami | أحمد خاتمي
IR | Mohammad Yazdi | محمد يزدي
IR | Sadegh Larijani | صادق لاريجاني; صادق آملي لاريجاني
IR | Mohammad Emami-Kashani | محمد إمامي كاشاني
IR | Abbas Vaez-Tabasi | عباس واعظ طبسي
IR | Yousef Saanei | يوسف صانعي
IR | Naser Makarem Shirazi | ناصر مكارم شيرازي
IR | Abdolmalek Rigi; Abdulmalik Rigi | عبد الملك ريغي
IR | Massoud Rajavi | مسعود رجوي
IR | Maryam Rajavi | مريم رجوي
# Leaders of armed groups, wanted men and figures of the war on terror
KW | Khalid Sheikh Mohammed | خالد شيخ محمد
KW | Ramzi Yousef | رمزي يوسف
EG | Mohamed Atta | محمد عطا
AE | Marwan al-Shehhi | مروان الشحي
SA | Hani Hanjour | هاني حنجور
FR | Zacarias Moussaoui; Moussaoui | زكريا موسوي
GB | Richard Reid | ريتشارد ريد
YE | Ramzi bin al-Shibh | رمزي بن الشيبة
SA | Abu Zubaydah | أبو زبيدة
LY | Atiyah Abd al-Rahman | عطية عبد الرحمن
EG | Mustafa Abu al-Yazid | مصطفى أبو اليزيد
SA | Hamza bin Laden | حمزة بن لادن
KM | Fazul Abdullah Mohammed | فضل عبد الله محمد
PS | Abdullah Azzam | عبد الله عزام; الشيخ عبد الله عزام
DZ | Abdelmalek Droukdel; Abu Musab Abdel Wadoud | عبد المالك دروكدال; أبو مصعب عبد الودود
DZ | Mokhtar Belmokhtar; Belmokhtar | مختار بلمختار; بلمختار
DZ | Hassan Hattab | حسان حطاب
DZ | Antar Zouabri | عنتر الزوابري
DZ | Djamel Zitouni | جمال زيتوني
DZ | Amari Saifi; Abderrazak el Para | عماري صايفي; عبد الرزاق البارا
DZ | Abdelhamid Abou Zeid | عبد الحميد أبو زيد
ML | Iyad Ag Ghaly | إياد أغ غالي
NG | Abubakar Shekau; Shekau | أبو بكر شيكاو; شيكاو
SO | Ahmed Abdi Godane | أحمد عبدي غودني
SO | Mukhtar Robow | مختار روبو
SO | Hassan Dahir Aweys | حسن ضاهر عويس; حسن طاهر أويس
SO | Aden Hashi Ayro | آدم حاشي عيرو
LK | Velupillai Prabhakaran; Prabhakaran | فيلوبيلاي برابهاكاران; برابهاكاران
PE | Abimael Guzmán; Abimael Guzman | أبيمائيل غوزمان
VE | Ilich Ramírez Sánchez; Carlos the Jackal | إيليتش راميريز سانشيز
PH | Khadaffy Janjalani | قذافي جنجلاني
ID | Imam Samudra | إمام سامودرا
ID | Noordin Mohammad Top | نور الدين محمد توب
IQ | Mullah Krekar; Najmuddin Faraj Ahmad | الملا كريكار; نجم الدين فرج أحمد
IQ | Abu Abdullah al-Shafi'i | أبو عبد الله الشافعي
LB | Shaker al-Absi | شاكر العبسي
SY | Hassan Abboud | حسان عبود
SA | Abdullah al-Muhaysini | عبد الله المحيسني
SA | Juhayman al-Otaybi | جهيمان العتيبي
EG | Khalid Islambouli | خالد الإسلامبولي
EG | Shukri Mustafa | شكري مصطفى
EG | Abbud al-Zumar | عبود الزمر
EG | Karam Zuhdi | كرم زهدي
EG | Nageh Ibrahim | ناجح إبراهيم
# Hostages and journalists in the news of the 2000s
US | Daniel Pearl | دانيال بيرل
US | Nicholas Berg | نيكولاس بيرغ
GB | Kenneth Bigley | كينيث بيغلي
GB | Margaret Hassan | مارغريت حسن
IT | Giuliana Sgrena | جوليانا سغرينا
FR | Florence Aubenas | فلورانس أوبيناس
FR | Christian Chesnot | كريستيان شينو
FR | Georges Malbrunot | جورج مالبرونو
GB | Alan Johnston | آلان جونستون
US | Jill Carroll | جيل كارول
IT | Nicola Calipari | نيكولا كاليباري
JO | Tareq Ayyoub | طارق أيوب
IQ | Atwar Bahjat | أطوار بهجت
IQ | Muntadhar al-Zaidi | منتظر الزيدي
SY | Taysir Allouni; Tayseer Allouni | تيسير علوني
# World leaders of the 1990s and 2000s, more countries
NL | Wim Kok | فيم كوك
NL | Jan Peter Balkenende; Balkenende | يان بيتر بالكينينده; بالكينينده
NL | Beatrix of the Netherlands; Queen Beatrix | الملكة بياتريكس
BE | Guy Verhofstadt | غي فيرهوفشتات
BE | King Albert II of Belgium | الملك ألبير الثاني
SE | Göran Persson; Goran Persson | يوران بيرسون
SE | Carl Bildt | كارل بيلت
SE | Olof Palme | أولوف بالمه
SE | Anna Lindh | آنا ليند
NO | Gro Harlem Brundtland | غرو هارلم برونتلاند
AT | Jörg Haider; Joerg Haider | يورغ هايدر; يورغ هايدر
AT | Wolfgang Schüssel; Wolfgang Schuessel | فولفغانغ شوسيل
AT | Thomas Klestil | توماس كليستيل
AT | Bruno Kreisky | برونو كرايسكي
PL | Aleksander Kwaśniewski; Aleksander Kwasniewski | ألكسندر كفاشنيفسكي
CZ | Václav Klaus; Vaclav Klaus | فاتسلاف كلاوس
PT | José Sócrates; Jose Socrates | جوزيه سوكراتيس
PT | Mário Soares; Mario Soares | ماريو سواريس
PT | Jorge Sampaio | جورج سامبايو
PT | Aníbal Cavaco Silva; Anibal Cavaco Silva | أنيبال كافاكو سيلفا
GR | Kostas Karamanlis; Costas Karamanlis | كوستاس كرامنليس; كوستاس كارامانليس
GR | Andreas Papandreou | أندرياس باباندريو
GR | George Papandreou | جورج باباندريو
GR | Konstantinos Simitis; Costas Simitis | كوستاس سيميتيس
CY | Glafcos Clerides | غلافكوس كليريدس
CY | Tassos Papadopoulos | تاسوس بابادوبولوس
CY | Demetris Christofias | ديمتريس خريستوفياس
CY | Rauf Denktaş; Rauf Denktash; Denktash | رؤوف دنكتاش; دنكتاش
CY | Mehmet Ali Talat | محمد علي طلعت
RS | Radovan Karadžić; Radovan Karadzic; Karadzic | رادوفان كاراديتش; رادوفان كرادجيتش; كاراديتش
RS | Ratko Mladić; Ratko Mladic; Mladic | راتكو ملاديتش; ملاديتش
RS | Vojislav Koštunica; Vojislav Kostunica | فويسلاف كوستونيتشا
RS | Zoran Đinđić; Zoran Djindjic | زوران جينجيتش
RS | Boris Tadić; Boris Tadic | بوريس تاديتش
BA | Alija Izetbegović; Alija Izetbegovic; Izetbegovic | علي عزت بيغوفيتش; علي عزت بيجوفيتش
HR | Franjo Tuđman; Franjo Tudjman; Tudjman | فرانيو توجمان; توجمان
HR | Stjepan Mesić; Stjepan Mesic | ستيبان ميسيتش
XK | Ibrahim Rugova; Rugova | إبراهيم روغوفا; روغوفا
XK | Hashim Thaçi; Hashim Thaci | هاشم تاتشي
AL | Sali Berisha | صالح بريشا
BG | Georgi Parvanov | غيورغي بارفانوف
RO | Ion Iliescu | إيون إيليسكو
RO | Nicolae Ceaușescu; Nicolae Ceausescu; Ceausescu | نيكولاي تشاوشيسكو; تشاوشيسكو
YU | Josip Broz Tito | جوزيف بروز تيتو; جوزيب بروز تيتو
GE | Zurab Zhvania | زوراب جفانيا
AM | Robert Kocharyan | روبرت كوتشاريان
AM | Serzh Sargsyan | سيرج سركيسيان
TM | Saparmurat Niyazov; Niyazov | صابر مراد نيازوف; صفر مراد نيازوف; نيازوف
TM | Gurbanguly Berdimuhamedow | قربان قلي بردي محمدوف
TJ | Emomali Rahmon; Emomali Rahmonov | إمام علي رحمن; إمام علي رحمانوف
KG | Askar Akayev | عسكر أكاييف
KG | Kurmanbek Bakiyev | كورمان بيك باكييف
MV | Maumoon Abdul Gayoom | مأمون عبد القيوم
LK | Chandrika Kumaratunga | شاندريكا كوماراتونغا
LK | Mahinda Rajapaksa | ماهيندا راجاباكسا
NP | King Gyanendra | الملك غيانيندرا
TH | Bhumibol Adulyadej; King Bhumibol | الملك بوميبول أدولياديج; بوميبول أدولياديج
KH | Norodom Sihanouk; Sihanouk | نورودوم سيهانوك; سيهانوك
KH | Hun Sen | هون سين
KH | Pol Pot | بول بوت
PH | Ferdinand Marcos | فرديناند ماركوس
PH | Corazon Aquino; Cory Aquino | كورازون أكينو
PH | Joseph Estrada | جوزيف إسترادا
PH | Benigno Aquino III | بنينو أكينو
SG | Lee Kuan Yew | لي كوان يو
SG | Goh Chok Tong | غوه تشوك تونغ
BD | Sheikh Mujibur Rahman | الشيخ مجيب الرحمن
BN | Hassanal Bolkiah | حسن البلقية; السلطان حسن البلقية
CD | Mobutu Sese Seko; Mobutu | موبوتو سيسي سيكو; موبوتو
CD | Laurent-Désiré Kabila; Laurent Kabila | لوران ديزيريه كابيلا; لوران كابيلا
CD | Patrice Lumumba; Lumumba | باتريس لومومبا; لومومبا
LR | Charles Taylor | تشارلز تايلور
CM | Paul Biya | بول بيا
GA | Omar Bongo | عمر بونغو
GA | Ali Bongo | علي بونغو
CG | Denis Sassou Nguesso | دينيس ساسو نغيسو
BF | Blaise Compaoré; Blaise Compaore | بليز كومباوري
BF | Thomas Sankara | توماس سانكارا
GH | Jerry Rawlings | جيري رولينغز
GH | John Kufuor | جون كوفور
GH | Kwame Nkrumah; Nkrumah | كوامي نكروما; نكروما
NG | Sani Abacha; Abacha | ساني أباتشا; أباتشا
NG | Ibrahim Babangida | إبراهيم بابانغيدا
UG | Idi Amin | عيدي أمين
TZ | Julius Nyerere; Nyerere | جوليوس نيريري; نيريري
TZ | Jakaya Kikwete | جاكايا كيكويتي
ZM | Kenneth Kaunda | كينيث كاوندا
KE | Daniel arap Moi | دانيال أراب موي
KE | Raila Odinga | رايلا أودينغا
SO | Siad Barre; Mohamed Siad Barre | محمد سياد بري; سياد بري
SO | Mohamed Farrah Aidid; Farah Aidid | محمد فارح عيديد; فارح عيديد
SO | Hussein Farrah Aidid | حسين فارح عيديد
ET | Haile Selassie | هيلا سيلاسي; الإمبراطور هيلا سيلاسي
ET | Mengistu Haile Mariam; Mengistu | منغستو هيلا مريام; منغستو
TD | Hissène Habré; Hissene Habre | حسين حبري
TD | Goukouni Oueddei | كوكوني عويدي
NE | Mamadou Tandja | مامادو تانجا
ML | Alpha Oumar Konaré; Alpha Oumar Konare | ألفا عمر كوناري
SN | Léopold Sédar Senghor; Leopold Sedar Senghor | ليوبولد سيدار سنغور
GN | Lansana Conté; Lansana Conte | لانسانا كونتي
GN | Ahmed Sékou Touré; Sekou Toure | أحمد سيكو توري
CI | Félix Houphouët-Boigny; Felix Houphouet-Boigny | فيليكس هوفويت بوانيي
CF | Jean-Bédel Bokassa; Bokassa | جان بيدل بوكاسا; بوكاسا
RW | Juvénal Habyarimana; Juvenal Habyarimana | جوفينال هابياريمانا
BI | Pierre Buyoya | بيير بويويا
ZA | P. W. Botha | بيتر ويليم بوتا; بي دبليو بوتا
ZA | Steve Biko | ستيف بيكو
AO | José Eduardo dos Santos; Jose Eduardo dos Santos | جوزيه إدواردو دوس سانتوس
AO | Jonas Savimbi | جوناس سافيمبي
MZ | Samora Machel | سامورا ميشيل
CL | Augusto Pinochet; Pinochet | أوغستو بينوشيه; أوجستو بينوشيه; بينوشيه
CL | Salvador Allende; Allende | سلفادور أليندي; أليندي
CL | Ricardo Lagos | ريكاردو لاغوس
PE | Alberto Fujimori; Fujimori | ألبرتو فوجيموري; فوجيموري
PE | Alejandro Toledo | أليخاندرو توليدو
PA | Manuel Noriega; Noriega | مانويل نورييغا; نورييغا
NI | Daniel Ortega | دانيال أورتيغا
HT | Jean-Bertrand Aristide; Aristide | جان برتران أريستيد; أريستيد
UY | Tabaré Vázquez; Tabare Vazquez | تاباريه فاسكيز
UY | José Mujica; Jose Mujica | خوسيه موخيكا
PY | Alfredo Stroessner | ألفريدو ستروسنر
# Officials and politicians of the 2000s, more
US | Richard Boucher | ريتشارد باوتشر
US | Adam Ereli | آدم إيرلي
US | Tom Casey | توم كيسي
US | Karen Hughes | كارين هيوز
US | Nicholas Burns; R. Nicholas Burns | نيكولاس بيرنز
US | Paula Dobriansky | باولا دوبريانسكي
US | Andrew Card | أندرو كارد
US | Valerie Plame | فاليري بليم
US | Jay Garner | جاي غارنر; جاي جارنر
US | Dan Senor | دان سينور
US | Mark Kimmitt | مارك كيميت
US | Lee Hamilton | لي هاملتون
US | Peter Galbraith | بيتر غالبريث
US | Jim Webb | جيم ويب
US | Dennis Kucinich | دينيس كوسينيتش
US | Carl Levin | كارل ليفين
US | Arlen Specter | أرلين سبكتر
US | John Warner | جون وارنر
US | Chuck Schumer | تشاك شومر
US | Tom Lantos | توم لانتوس
US | Mitch McConnell | ميتش ماكونيل
US | Dick Durbin | ديك دربن
US | Keith Ellison | كيث إليسون
US | Rudy Giuliani; Rudolph Giuliani; Giuliani | رودي جولياني; رودولف جولياني; جولياني
US | Michael Bloomberg | مايكل بلومبرغ; مايكل بلومبيرغ
US | Joseph Wilson | جوزيف ويلسون
US | Cindy Sheehan | سيندي شيهان
US | Lynndie England | ليندي إنغلاند
US | Charles Graner | تشارلز غرانر
US | Geoffrey Miller | جيفري ميلر
US | Janis Karpinski | جانيس كاربينسكي
US | Michael Mukasey | مايكل موكاسي
US | John Edwards | جون إدواردز
US | Steny Hoyer | ستيني هوير
US | Tom DeLay | توم ديلاي
US | Dennis Hastert | دينيس هاسترت
US | John Boehner | جون بينر
US | Paul Ryan | بول رايان
US | Ted Cruz | تيد كروز
US | Lindsey Graham | ليندسي غراهام; ليندسي جراهام
US | Ilhan Omar | إلهان عمر
US | Rashida Tlaib | رشيدة طليب
US | Alexandria Ocasio-Cortez | ألكساندريا أوكاسيو كورتيز
GB | John Reid | جون ريد
GB | Charles Clarke | تشارلز كلارك
GB | David Blunkett | ديفيد بلانكيت
GB | Margaret Beckett | مارغريت بيكيت
GB | Peter Mandelson | بيتر ماندلسون
GB | Alastair Campbell | أليستر كامبل
GB | Kim Howells | كيم هاولز
GB | Lord Levy; Michael Levy | اللورد ليفي
GB | Lord Hutton | اللورد هاتون
GB | John Chilcot | جون تشيلكوت
GB | Jeremy Greenstock | جيريمي غرينستوك
GB | Philip Hammond | فيليب هاموند
GB | Dominic Raab | دومينيك راب
GB | David Lammy | ديفيد لامي
GB | Tobias Ellwood | توبياس إلوود
FR | Rachida Dati | رشيدة داتي
FR | Claude Guéant; Claude Gueant | كلود غيان
FR | Jean-David Levitte | جان دافيد ليفيت
FR | Hervé de Charette; Herve de Charette | هيرفيه دو شاريت
FR | Jean-Louis Debré; Jean-Louis Debre | جان لوي دوبريه
FR | Nicolas Hulot | نيكولا هولو
FR | Jean-Luc Mélenchon; Jean-Luc Melenchon | جان لوك ميلانشون
FR | Éric Zemmour; Eric Zemmour | إريك زمور
FR | Catherine Colonna | كاترين كولونا
DE | Peer Steinbrück; Peer Steinbrueck | بير شتاينبروك
DE | Franz Josef Jung | فرانز يوزف يونغ
DE | Annalena Baerbock; Baerbock | أنالينا بيربوك; بيربوك
DE | Heiko Maas | هايكو ماس
DE | Sigmar Gabriel | زيغمار غابرييل
IT | Walter Veltroni | والتر فلتروني
IT | Antonio Tajani | أنطونيو تاياني
IT | Matteo Salvini; Salvini | ماتيو سالفيني; سالفيني
ES | Ana Palacio | آنا بالاسيو
ES | Trinidad Jiménez; Trinidad Jimenez | ترينيداد خيمينيث
ES | José Manuel Albares; Jose Manuel Albares | خوسيه مانويل ألباريس
RU | Alexander Yakovenko | ألكسندر ياكوفينكو
RU | Vitaly Churkin; Churkin | فيتالي تشوركين; تشوركين
RU | Vasily Nebenzya | فاسيلي نيبينزيا
RU | Maria Zakharova | ماريا زاخاروفا
RU | Dmitry Peskov | دميتري بيسكوف; ديمتري بيسكوف
RU | Nikolai Patrushev | نيكولاي باتروشيف
RU | Valery Gerasimov | فاليري غيراسيموف
RU | Yevgeny Prigozhin; Prigozhin | يفغيني بريغوجين; بريغوجين
RU | Alexander Dugin | ألكسندر دوغين
JP | Nobutaka Machimura | نوبوتاكا ماتشيمورا
JP | Yoriko Kawaguchi | يوريكو كاواغوتشي
JP | Makiko Tanaka | ماكيكو تاناكا
IN | Natwar Singh | ناتوار سينغ
IN | Jaswant Singh | جاسوانت سينغ
IN | Yashwant Sinha | ياشوانت سينها
IN | Subrahmanyam Jaishankar; S. Jaishankar | سوبراهمانيام جايشانكار
AU | Alexander Downer | ألكسندر داونر
AU | Julie Bishop | جولي بيشوب
CA | Lloyd Axworthy | لويد أكسوورثي
- | Kieran Prendergast | كيران برندرغاست
- | Ibrahim Gambari | إبراهيم غمباري
- | Jan Pronk | يان برونك
- | Ahmedou Ould-Abdallah | أحمدو ولد عبد الله
- | Jean Ping | جان بينغ
- | Olli Heinonen | أولي هاينونن
- | Abdelouahed Belkeziz | عبد الواحد بلقزيز
- | Abdul Rahman al-Attiyah | عبد الرحمن العطية
- | Abdullatif bin Rashid Al Zayani | عبد اللطيف بن راشد الزياني
- | Mahmoud Riad | محمود رياض
- | Zeid Ra'ad Al Hussein; Zeid Ra'ad al-Hussein | زيد رعد الحسين
- | Volker Türk; Volker Turk | فولكر تورك
- | Tor Wennesland | تور وينسلاند
- | Philippe Lazzarini | فيليب لازاريني
- | Pierre Krähenbühl; Pierre Krahenbuhl | بيير كرينبول
- | Filippo Grandi | فيليبو غراندي
- | António Vitorino; Antonio Vitorino | أنطونيو فيتورينو
- | Francesca Albanese | فرانشيسكا ألبانيزي
- | Karim Khan; Karim A. A. Khan | كريم خان
- | Fatou Bensouda | فاتو بنسودا
- | Luis Moreno Ocampo; Luis Moreno-Ocampo; Ocampo | لويس مورينو أوكامبو; أوكامبو
IL | Tzachi Hanegbi | تساحي هنغبي
IL | Limor Livnat | ليمور ليفنات
IL | Meir Sheetrit | مئير شطريت
IL | Haim Ramon | حاييم رامون
IL | Efraim Sneh | إفرايم سنيه
IL | Matan Vilnai | متان فيلنائي
IL | Ami Ayalon | عامي أيالون
IL | Benny Elon | بيني إيلون
IL | Effi Eitam | إيفي إيتام
IL | Rehavam Ze'evi; Rehavam Zeevi | رحبعام زئيفي
IL | Tommy Lapid; Yosef Lapid | تومي لبيد; يوسف لبيد
IL | Dalia Itzik | داليا إيتسيك
IL | Yuli Tamir | يولي تامير
IL | Zeev Boim | زئيف بويم
IL | Tamir Pardo | تامير باردو
IL | Yossi Cohen | يوسي كوهين
IL | David Barnea | ديفيد برنياع; دافيد برنياع
IL | Tzachi Braverman | تساحي برافرمان
IL | Miri Regev | ميري ريغيف
IL | Ron Prosor | رون بروسور
IL | Gilad Erdan | جلعاد إردان
IL | Daniel Hagari | دانيال هاغاري
IL | Ofir Gendelman | أوفير جندلمان
PS | Tawfiq Tirawi | توفيق الطيراوي
PS | Mahmoud al-Aloul | محمود العالول
PS | Abbas Zaki | عباس زكي
PS | Ghazi Hamad | غازي حمد
PS | Ismail Radwan | إسماعيل رضوان
PS | Riyad al-Maliki; Riyad Malki | رياض المالكي
PS | Riyad Mansour | رياض منصور
PS | Husam Zomlot | حسام زملط
PS | Ahmed Majdalani | أحمد مجدلاني
SY | Mohsen Bilal | محسن بلال
SY | Bahjat Suleiman | بهجت سليمان
SY | Abdullah al-Dardari | عبد الله الدردري
SY | Kamal al-Labwani | كمال اللبواني
SY | Aref Dalila | عارف دليلة
SY | Haitham al-Maleh | هيثم المالح
SY | Suhair al-Atassi | سهير الأتاسي
SY | Hadi al-Bahra | هادي البحرة
SY | Nasr al-Hariri | نصر الحريري
SY | Khaled Khoja | خالد خوجة
SY | Anas al-Abdah | أنس العبدة
LB | Mohammad Safadi | محمد الصفدي
LB | Mohammad Chatah | محمد شطح
LB | Tarek Mitri | طارق متري
LB | Ahmad Fatfat | أحمد فتفت
LB | May Chidiac | مي شدياق
LB | Nayla Tueni | نايلة تويني
LB | Nouhad Machnouk | نهاد المشنوق
LB | Wiam Wahhab | وئام وهاب
LB | Ali Hassan Khalil | علي حسن خليل
IQ | Ali Baban | علي بابان
IQ | Khalaf al-Ulayyan | خلف العليان
IQ | Mithal al-Alusi | مثال الآلوسي
IQ | Laith Kubba | ليث كبة
IQ | Hajim al-Hassani | حاجم الحسني
IQ | Hamid Majid Mousa | حميد مجيد موسى
IQ | Mohsen Abdul Hamid | محسن عبد الحميد
IQ | Nasir al-Chadirchi | نصير الجادرجي
IQ | Akila al-Hashimi | عقيلة الهاشمي
IQ | Izzedine Salim | عز الدين سليم
IQ | Qasim Atta | قاسم عطا
IQ | Hazim al-Shaalan | حازم الشعلان
IQ | Shirwan al-Waili | شيروان الوائلي
IQ | Salim al-Jabouri | سليم الجبوري
IQ | Hassan al-Sunaid | حسن السنيد
IQ | Izzat al-Shahbandar | عزت الشابندر
IQ | Abdul Mahdi al-Karbalai; Sheikh Abdul-Mahdi al-Karbalai | عبد المهدي الكربلائي; الشيخ عبد المهدي الكربلائي
IQ | Akram al-Kaabi | أكرم الكعبي
IQ | Abu Fadak al-Mohammadawi | أبو فدك المحمداوي
EG | Hossam Zaki | حسام زكي
EG | Sameh Shoukry | سامح شكري
EG | Badr Abdelatty | بدر عبد العاطي
EG | Nabil Fahmy | نبيل فهمي
EG | Magdy Abdel Ghaffar | مجدي عبد الغفار
EG | Sedki Sobhi | صدقي صبحي
EG | Sami Anan | سامي عنان
EG | Hamdi Zakzouk; Mahmoud Hamdi Zakzouk | محمود حمدي زقزوق
SA | Abdulaziz bin Salman; Prince Abdulaziz bin Salman | عبد العزيز بن سلمان
SA | Saud bin Nayef | سعود بن نايف
SA | Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف
SA | Ahmed Asiri | أحمد عسيري
SA | Turki al-Maliki | تركي المالكي
SA | Khalid al-Falih | خالد الفالح
SA | Ibrahim al-Assaf | إبراهيم العساف
SA | Abdullah al-Muallimi | عبد الله المعلمي
SA | Mohammed al-Jadaan | محمد الجدعان
AE | Hazza bin Zayed | هزاع بن زايد
AE | Dhahi Khalfan | ضاحي خلفان
AE | Reem Al Hashimy | ريم الهاشمي
AE | Sultan Al Jaber | سلطان الجابر
QA | Mohammed bin Abdulaziz Al-Khulaifi | محمد بن عبد العزيز الخليفي
QA | Majed al-Ansari | ماجد الأنصاري
QA | Ahmed bin Abdullah Al Mahmoud | أحمد بن عبد الله آل محمود
OM | Badr Albusaidi; Badr bin Hamad Al Busaidi | بدر البوسعيدي; بدر بن حمد البوسعيدي
JO | Samih Maaytah | سميح المعايطة
IR | Hamid Reza Asefi | حميد رضا آصفي
IR | Mohammad Ali Hosseini | محمد علي حسيني
IR | Ramin Mehmanparast | رامين مهمانبرست
IR | Bahram Ghasemi | بهرام قاسمي
IR | Saeed Khatibzadeh | سعيد خطيب زاده
IR | Nasser Kanaani | ناصر كنعاني
IR | Esmaeil Baghaei | إسماعيل بقائي
IR | Mostafa Pourmohammadi | مصطفى بور محمدي
IR | Mostafa Mohammad-Najjar | مصطفى محمد نجار
IR | Ataollah Mohajerani | عطاء الله مهاجراني
IR | Mohammad Reza Aref | محمد رضا عارف
IR | Ali Akbar Mohtashamipur | علي أكبر محتشمي بور
IR | Javad Larijani | جواد لاريجاني
IR | Gholam-Hossein Elham | غلام حسين إلهام
IR | Mohammad Bagheri | محمد باقري
IR | Amir Ali Hajizadeh | أمير علي حاجي زاده
IR | Abdolrahim Mousavi | عبد الرحيم موسوي
IR | Fereydoun Abbasi | فريدون عباسي
IR | Ali Akbar Ahmadian | علي أكبر أحمديان
IR | Gholam-Hossein Mohseni-Ejei | غلام حسين محسني إجئي
TR | İbrahim Kalın; Ibrahim Kalin | إبراهيم قالن
TR | Hulusi Akar | خلوصي أكار
TR | Süleyman Soylu; Suleyman Soylu | سليمان صويلو
TR | Numan Kurtulmuş; Numan Kurtulmus | نعمان كورتولموش
TR | Ömer Çelik; Omer Celik | عمر جليك
TR | Yasin Aktay | ياسين أقطاي
TR | Meral Akşener; Meral Aksener | ميرال أكشينار
TR | Özgür Özel; Ozgur Ozel | أوزغور أوزيل
TR | Mansur Yavaş; Mansur Yavas | منصور يافاش
"""


def parse_table(table: str, columns: int) -> list[list[list[str]]]:
    """Lines of a curated table as columns of ';'-separated names; '#' lines are headings, '-' is empty."""
    rows = []
    for n, line in enumerate(table.strip().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != columns:
            raise ValueError(f"table line {n}: {columns} columns expected, got {len(cells)}: {line}")
        rows.append([list(dict.fromkeys(n.strip() for n in c.split(";") if n.strip())) if c != "-" else []
                     for c in cells])
    return rows


JOINABLE = re.compile(r"\b(عبد|نصر|الحمد) ?(ال)")


def joined_spellings(names: list[str]) -> list[str]:
    """Arabic names with both spellings of عبد الله / عبدالله, نصر الله / نصرالله: news writes either."""
    out = []
    for name in names:
        out += [name, JOINABLE.sub(r"\1\2", name), JOINABLE.sub(r"\1 \2", name)]
    return list(dict.fromkeys(out))


def record(kind: str, country: list[str], en: list[str], ar: list[str], aliases: list[str]) -> dict[str, Any]:
    """One lexicon record from a table row; the country column's EU (officials of the Union) is no country."""
    rec: dict[str, Any] = {"id": f"{kind}:{slug(en[0])}", "type": kind, "name": en[0],
                           "names": {"en": en, "ar": joined_spellings(ar)}}
    if aliases:
        rec["aliases"] = aliases
    if rec["id"] in XREFS:
        rec["xrefs"] = XREFS[rec["id"]]
    if country and country[0] != "EU":
        rec["country"] = country[0]
    return rec


def org_records() -> list[dict[str, Any]]:
    return [record("org", *row) for row in parse_table(ORGS, 4)] + [club_record(*row) for row in parse_table(CLUBS, 5)]


def club_record(country: list[str], en: list[str], ar: list[str], aliases: list[str],
                sports_names: list[str]) -> dict[str, Any]:
    """A club's record: sports names apart, for they name the club only beside sports words."""
    rec = record("org", country, en, ar, aliases)
    if sports_names:
        rec["sports_names"] = sports_names
    return rec


def person_records() -> list[dict[str, Any]]:
    return [record("person", *row, []) for row in parse_table(PEOPLE, 3)]


def shared_person_names(people: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Folded names that two people share: a family name alone must belong to one person."""
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in people:
        for name in (*rec["names"]["en"], *rec["names"]["ar"]):
            owners[folded_key(name)].add(rec["id"])
    return {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}


def check(records: list[dict[str, Any]]) -> None:
    """Unique IDs, and no person name shared by two people."""
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate IDs: {sorted({i for i in ids if ids.count(i) > 1})}")
    shared = shared_person_names([r for r in records if r["type"] == "person"])
    if shared:
        raise ValueError(f"names shared by several people: {shared}")
