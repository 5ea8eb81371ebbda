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
  it is distinctive and no other person here bears it (شيراك, نتنياهو, Erdogan); the build checks that.
- A short Latin name that a loose spelling would find in ordinary words is written in capitals as an alias
  or not at all (FIFA, WAFA; Shas only as Shas party: Five, We've and Chess are no names).
- A club named after its city gets only names the city does not have (برشلونة is the city; the club is
  نادي برشلونة, FC Barcelona); the city's name, or an ordinary word (العربي, الهلال), it goes by in sports
  news is a sports name, which links only beside sports words.
- Persons: heads of state and government since 2000 (Arab League states, Iran, Turkey, Israel, the G20,
  the permanent members of the UN Security Council, some others) and main actors of Middle East news.
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
- | Middle East News Agency | وكالة أنباء الشرق الأوسط | MENA
SA | Saudi Press Agency | وكالة الأنباء السعودية; واس | SPA
AE | Emirates News Agency | وكالة أنباء الإمارات | WAM
QA | Qatar News Agency | وكالة الأنباء القطرية | QNA
KW | Kuwait News Agency | وكالة الأنباء الكويتية; كونا | KUNA
JO | Jordan News Agency | وكالة الأنباء الأردنية |
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
QA | Al Jazeera; Al-Jazeera; Aljazeera; Al Jazeera TV | الجزيرة; قناة الجزيرة; الجزيرة نت |
AE | Al Arabiya; Al-Arabiya; Alarabiya | العربية; قناة العربية |
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
EG | Al-Ahram; Al Ahram | الأهرام; صحيفة الأهرام |
SA | Asharq Al-Awsat; Asharq al-Awsat; Al-Sharq al-Awsat | صحيفة الشرق الأوسط |
- | Al-Hayat; Al Hayat | صحيفة الحياة |
LB | An-Nahar; Annahar | صحيفة النهار |
LB | As-Safir | صحيفة السفير |
GB | Al-Quds Al-Arabi | القدس العربي; صحيفة القدس العربي |
US | The New York Times; New York Times | نيويورك تايمز; صحيفة نيويورك تايمز |
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
YE | General People's Congress | المؤتمر الشعبي العام | GPC
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
IQ | Hoshyar Zebari | هوشيار زيباري
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
IQ | Ahmed Chalabi | أحمد الجلبي
IQ | Mohammad Baqir al-Hakim | محمد باقر الحكيم
IQ | Naji Sabri | ناجي صبري
IQ | Taha Yassin Ramadan | طه ياسين رمضان
US | Paul Bremer; L. Paul Bremer | بول بريمر
US | Zalmay Khalilzad | زلماي خليل زاد; زلماي خليلزاد
US | John Negroponte | جون نغروبونتي; جون نيغروبونتي; جون نجروبونتي
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
LY | Muammar Gaddafi; Muammar al-Gaddafi; Muammar Qaddafi; Muammar al-Qaddafi; Moammar Gadhafi; Muammar Kadhafi; Gaddafi; Qaddafi; Gadhafi | معمر القذافي; العقيد معمر القذافي
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
PS | Ahmed Qurei; Ahmed Qureia; Abu Alaa | أحمد قريع
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
PS | Mahmoud al-Zahar | محمود الزهار
PS | Saeb Erekat; Erekat | صائب عريقات; عريقات
PS | Jibril Rajoub | جبريل الرجوب
PS | Nabil Abu Rudeineh | نبيل أبو ردينة
PS | Ziad al-Nakhalah | زياد النخالة
PS | Aziz Dweik | عزيز الدويك
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
SO | Abdiqasim Salad Hassan | عبد القاسم صلاد حسن
SO | Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد
SO | Sharif Sheikh Ahmed | شريف شيخ أحمد; شيخ شريف شيخ أحمد
SO | Hassan Sheikh Mohamud | حسن شيخ محمود
SO | Mohamed Abdullahi Farmaajo; Mohamed Abdullahi Mohamed | محمد عبد الله فرماجو
# Sudan
SD | Omar al-Bashir; Omar Hassan al-Bashir | عمر البشير; عمر حسن البشير; عمر حسن أحمد البشير
SD | Abdel Fattah al-Burhan | عبد الفتاح البرهان
SD | Abdalla Hamdok; Abdallah Hamdok; Hamdok | عبد الله حمدوك; حمدوك
SD | Mohamed Hamdan Dagalo; Hemedti; Hemeti | محمد حمدان دقلو; حميدتي
SD | Hassan al-Turabi | حسن الترابي
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
IR | Mahmoud Ahmadinejad; Ahmadinejad | محمود أحمدي نجاد; أحمدي نجاد; محمود احمدي نجاد
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
IR | Manouchehr Mottaki | منوشهر متكي
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
TR | Bülent Ecevit; Bulent Ecevit | بولنت أجاويد
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
US | Condoleezza Rice | كوندوليزا رايس
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
EU | José Manuel Barroso; Jose Manuel Barroso | خوسيه مانويل باروسو; جوزيه مانويل باروزو
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
