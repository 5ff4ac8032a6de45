"""Words that name things: items, partners (regions), flows, directions, and the markers that make a
number not a fact. English and Korean side by side, one table per kind, so a reader can audit them.

Each table maps a canonical code to regex alternatives; the scanner compiles them longest-first so
"memory chips" wins over "chips" and "computers and peripherals" over "computers".
"""

from __future__ import annotations

ITEMS: dict[str, list[str]] = {
    "ict": [
        r"ICT\s(?:products?|goods|items|industry|sector)",
        r"information\sand\scommunications?\stechnology(?:\s\(ICT\))?(?:\s(?:products?|goods|industry|sector))?",
        r"information\stechnology(?:\s\(IT\))?(?:\s(?:products?|goods|industry|sector))?",
        r"ICT",
        r"IT(?=\s?(?:수출|수입|무역|산업|품목|제품|기기))",
        r"digital\selectronics(?:\s(?:sector|industry|goods))?",
        # the sector in plain words once the lead has named it ("Imports of technology goods dropped …", "tech exports")
        r"(?:tech|technology)\s(?:products|goods)\b",
        r"tech(?=\s(?:exports?|imports?|shipments?|trade)\b)",
        r"정보기술(?:\s?\(IT\))?(?:\s?산업)?",
        r"IT(?=\s(?:exports?|imports?|products?|goods|items|industry|sector|trade|shipments?|outbound|hardware)\b)",
        r"정보통신기술(?:\s?\(ICT\))?(?:\s?산업)?",
        r"정보통신산업(?:\s?\(ICT\))?",
        r"ICT\s?산업",
    ],
    # "Semis" labels a data bullet ("• Semis: $12.2B", "- Semis US$8.55bn") or goes before exports, never alone:
    # traders' "semis" are stocks
    "semiconductors": [
        r"semiconductors?",
        r"chips?",
        r"chipsets?",
        r"반도체",
        r"semis(?=\s?(?::|\||exports|shipments|(?:US)?\$|USD|[↑↓▲▼]))",  # (a table row's label, "Semis ↓18.3%")
    ],
    "memory": [
        r"memory\s(?:chips?|semiconductors?|products?)",
        r"memory",
        r"메모리(?:\s?반도체)?",
    ],
    # brokers write "system semis" ("system semis gained 9.4%"); it is no stock ticker talk, unlike "semis" alone
    "system_semiconductors": [
        r"system\s(?:chips?|semiconductors?|semis|LSIs?|ICs?)",
        r"logic\schips?",
        # "non-memory US$4.31bn": bare in a broker's list; "non-memory, or system, chips": glossed
        r"non[\s-]?memory(?:,?\s(?:or|i\.e\.)\s(?:system|logic),?)?(?:\s(?:chips?|semiconductors?|semis))?",
        r"시스템\s?반도체",
        r"비메모리(?:\s?반도체)?",
    ],
    "dram": [r"DRAMs?(?:\s(?:chips?|memory|products))?", r"D램", r"디램"],
    "nand": [
        r"NAND(?:\sflash)?(?:\smemory)?(?:\schips?)?",
        r"flash\smemory(?:\schips?)?",
        r"낸드(?:\s?플래시)?",
        r"플래시\s?메모리",
    ],
    "hbm": [r"high[\s-]bandwidth\smemory(?:\s\(HBM\))?", r"HBM(?:\s(?:chips?|products))?"],
    "ssd": [
        r"solid[\s-]state\sdrives?(?:\s\(SSDs?\))?",
        r"SSDs?",
        r"SDD",
        r"솔리드\s?스테이트\s?드라이브(?:\s?\(SSD\))?",
        r"auxiliary\sstorage(?:\sdevices?)?",
        r"보조\s?기억\s?장치(?:\s?\(SSD\))?",
    ],
    "displays": [
        r"(?<!LG\s)(?<!Samsung\s)displays?(?:\spanels?)?",
        r"flat[\s-]panel\sdisplays?",
        r"flat[\s-]panels?",
        r"monitors?",
        r"(?<!LG)(?<!LG\s)(?<!삼성)(?<!삼성\s)디스플레이(?:\s?패널)?",  # LG디스플레이 is a company
        r"평판\s?디스플레이",
        r"(?<!태양광\s)(?<!태양광)(?<!태양전지\s)패널",  # the 2008-2010 releases' word for display panels
        r"(?<!solar\s)panels?(?=\s(?:exports?|imports?|shipments?|sales)\b)",
        r"(?<![A-Za-z]\s)Panels?(?=\s(?:fell|rose|dropped|slid|gained|declined|increased|decreased|climbed|were|was)\b)",
        r"(?<![A-Za-z]\s)Panels?(?=:\s?(?:USD|US\$|\$)\s?\d)",  # a list's label: "Panels: US$2.37 billion, down 8.4%"
        r"^Panels?$",  # a table row's label, read alone ("Panels | 2.41 | -4.5")
        # ... and bare "panels" inside a sentence, before its figures or a verb of change or amount ("semiconductors
        # (…) and panels (USD 2.5 billion, ▼8.1%)", "while panels lost 6.3 percent", "of that, panels made up $1.9 billion",
        # a list's label: "semis US$5.53bn (+0.9%), panels US$2.31bn (-12.8%)")
        r"(?<!solar\s)(?<!touch\s)(?<!expert\s)(?<!control\s)(?<![Dd]isplay\s)(?<=[a-z,]\s)panels(?=\s(?:\((?:USD|US\$|\$|\d)"
        r"|(?:USD|US\$|\$)\s?\d"
        r"|(?:fell|rose|dropped|slid|gained|lost|grew|jumped|slipped|declined|increased|decreased|climbed|were|made\sup"
        r"|accounted|totaled|totalled|amounted|reached|came)\b))",
    ],
    "oled": [
        r"organic\slight[\s-]emitting\sdiodes?(?:\s\(OLED\))?(?:\s(?:panels?|displays?))?",
        r"(?:AM-?)?OLEDs?(?:\s(?:panels?|displays?)|\s?패널)?",  # one alternative: a shorter one would stop at "OLED"
        r"(?:능동형\s?)?유기발광\s?다이오드(?:\s?\((?:AM-?)?OLED\))?(?:\s?패널)?",
    ],
    "lcd": [
        r"liquid[\s-]crystal\sdisplays?(?:\s\(LCDs?\))?(?:\s(?:panels?))?",
        r"LCDs?(?:\s(?:panels?|displays?)|\s?패널)?",
        r"액정표시장치(?:\s?\(LCD\))?(?:\s?패널)?",
    ],
    "mobile_phones": [
        r"mobile\sphones?(?:\sand\s(?:their\s|related\s)?(?:parts|components))?",
        # ("handsets and handset parts", "phones and phone components": the parts named again by their phones)
        r"(?:mobile\s)?(?:handsets?|smartphones?|phones?)\sand\s(?:their\s|related\s|(?:mobile\s)?(?:handset|phone)\s)?"
        r"(?:parts|components)",
        r"(?:mobile\s)?(?:handsets?|phones?)\s(?:plus|with|including|incl\.)\s(?:their\s)?(?:parts|components)",
        # "Handsets, parts included, fell …": the aside names what the whole figure takes in, not a part
        r"(?:mobile\s)?(?:handsets?|phones?)(?:,\s|\s\()(?:their\s)?(?:parts|components)\sincluded(?=[,)])",
        r"(?:mobile\s)?(?:handset|phone)\sshipments(?:,\s|\s\()(?:their\s)?(?:parts|components)\sincluded(?=[,)])",
        r"finished\s(?:phones|handsets)\sand\s(?:phone\s|handset\s)?(?:parts|components)",
        r"cell(?:ular)?\s?phones?",
        r"handsets?",
        r"smartphones?",
        r"smart\sphones?",
        r"mobile\sdevices?",
        r"phones?",  # "chips fell …, displays slid … and phones dropped …"
        # finished phones and parts named together are the whole category
        r"휴대\s?(?:폰|전화)\s?(?:완성품|완제품)\s?(?:·|ㆍ|및|,|[과와]\s?(?![^.]{0,12}각각))\s?(?:부분품|부품)",
        # ... also in brackets after the phone: "휴대폰(완제품+부분품)" is the phone figure, parts included
        r"휴대\s?(?:폰|전화)\s?\(\s?(?:완성품|완제품)\s?(?:\+|·|ㆍ|및|,)\s?(?:부분품|부품)\s?\)",
        # the ministry's category "휴대폰·부분품" (handsets and parts) is the phones' whole figure too
        r"휴대\s?(?:폰|전화)\s?(?:·|ㆍ|및|[과와]\s?(?![^.]{0,12}각각))\s?(?:부분품|부품)",
        r"휴대\s?폰",
        r"휴대\s?전화(?:기)?",
        r"스마트폰",
        r"모바일\s?기기",
        r"핸드폰",
        r"핸드셋",
    ],
    "mobile_phone_parts": [
        r"mobile\sphone\s(?:parts|components)",
        r"phone\s(?:parts|components)",
        r"휴대폰\s?부분품",
    ],
    "finished_phones": [r"finished\s(?:mobile\s)?(?:smart)?phones", r"휴대폰\s?완제품", r"완제품\s?휴대(?:폰|전화)"],
    "computers_peripherals": [
        r"computers?\s(?:and|&)\s(?:their\s)?(?:peripherals?|peripheral\s(?:devices|equipment|products)|"
        r"(?:related|other)\s(?:products|gadgets|devices|equipment|appliances)|computer\sequipment)",
        r"computers?\sand\speripheral\sdevices",
        r"computers?\s?[·ㆍ・]\s?peripheral",  # Korean's middle dot kept by translation: "computer·peripheral device"
        r"(?:computers?|PCs?)\s?(?:and|&)\s?periph\.?",  # abbreviated in data bullets: "Computers & periph.:"
        # "PCs and peripherals", "PCs & peripherals", "PC/peripherals": the abbreviation joined as the full name is
        r"PCs?\s?(?:and|&|/)\s?(?:their\s)?peripherals?",
        r"computers?\s?/\s?peripherals",
        r"computers?\sand\saccessories",
        r"computers?\sand\s(?:related\s)?(?:components|parts)",
        r"컴퓨터\s?(?:및|와|·|ㆍ|,)?\s?(?:주변\s?)?(?:기기|장치)",
        r"컴퓨터\s?(?:및|와|·|ㆍ|,)?\s?주변\s?기기",
    ],
    "computers": [r"computers?", r"laptops?", r"notebook\s(?:PCs?|computers?)", r"노트북(?:\s?PC)?", r"컴퓨터"],
    "peripherals": [r"peripheral\s(?:devices|equipment)", r"peripherals", r"주변\s?기기"],
    "communication_equipment": [
        r"(?:wireless\s)?communications?\s(?:equipment|devices?)",
        # short forms of blogs and wires: "Comms equipment", "Comm. equip.", "Telecom gear"
        r"comm(?:s|\.)?\s?(?:equip(?:ment|\.)|gear)",
        r"(?:communications?\s|telecom(?:munications?)?\s)(?:equipment|equip\.|gear)",
        r"network(?:ing)?\s(?:equipment|gear)",
        r"(?:wireless\s)?telecom(?:munications?)?\sdevices?",
        r"통신\s?장비",
        r"통신\s?기기",
    ],
    "digital_tv": [
        r"digital\sTVs?",
        r"digital\stelevisions?",
        r"D-?TVs?",
        r"디지털\s?TV",
        r"디지털\s?방송\s?수신기",
        r"TVs?",
        r"televisions?(?:\ssets)?",
        r"텔레비전",
    ],
    "graphics_cards": [r"graphics?\scards?", r"GPUs?", r"그래픽\s?카드"],
    "medium_large_computers": [
        r"(?:medium|mid)(?:-sized?)?[\s-](?:to|and)[\s-]large(?:-sized?)?\scomputers?",
        r"중대형\s?컴퓨터",
    ],
    "secondary_batteries": [
        r"secondary\sbatter(?:ies|y)",  # "Secondary battery exports fell …"
        r"(?<![A-Za-z]\s)Battery(?=\s(?:exports|imports|shipments))",
        r"rechargeable\sbatter(?:ies|y)",
        r"lithium[\s-]ion\sbatteries",
        r"EV\sbatteries",
        r"[이2]차\s?전지",
        r"전기차\s?배터리",
        r"리튬\s?이온\s?(?:배터리|전지)",
    ],
    "other:memory multi-chip packages": [
        r"memory\sMCPs?",
        r"multi-?chip\spackages?(?:\s\(MCPs?\))?",
        r"메모리\s?MCP",
        r"멀티\s?칩\s?패키지(?:\s?\(MCP\))?",
    ],
    "other:printed circuit boards": [
        r"printed\scircuit\sboards?(?:\s\(PCBs?\))?",
        r"PCBs?",
        r"인쇄\s?회로\s?기판(?:\s?\(PCB\))?",
    ],
    # ICT parts are a sub-item ("Imports of Japanese IT parts and components"), not all ICT goods
    "other:parts and components": [r"(?:ICT|IT)\s(?:parts\sand\scomponents|components\sand\sparts)"],
    "other:components": [r"(?:ICT|IT)\scomponents"],
    "other:parts": [r"(?:ICT|IT)\sparts"],
    # the whole less its largest item, a series of its own ("반도체를 제외한 ICT 수출", "ICT exports excluding chips")
    "other:ict excluding semiconductors": [
        r"반도체[를을]?\s?(?:제외한|뺀)\s?(?:ICT|IT|정보통신)",
        r"non-(?:chip|semiconductor)\s(?:ICT|IT)",
        r"(?<=exports\s)(?:excluding|minus)\s(?:semiconductors|chips)\b",  # "ICT exports excluding chips"
    ],
    "other:switching equipment": [r"switching\sequipment", r"교환기"],
    # Categories beside the core items: named, so their figures never land on the ICT total
    "other:electronic components": [r"electronic\s(?:components|parts)", r"전자\s?부품"],
    "other:home appliances": [
        r"home\sappliances",
        r"consumer\selectronics",
        r"(?:생활\s?)?가전(?:\s?(?:제품|기기))?",
    ],
    "other:software": [r"software", r"소프트웨어", r"SW(?=\s?(?:수출|수입|산업|부문|분야))"],
    "other:broadcasting equipment": [r"broadcasting\sequipment", r"방송\s?(?:장비|기기)"],
    "other:ict devices": [r"정보통신\s?방송\s?기기", r"ICT\sdevices"],
    "other:camera modules": [r"camera\smodules?", r"카메라\s?모듈"],
    "other:set-top boxes": [r"set-top\sboxes", r"셋톱\s?박스"],
    "other:semiconductor equipment": [
        r"(?:semiconductor|chip)(?:-making)?\s(?:manufacturing\s)?equipment",
        r"반도체\s?(?:제조\s?)?장비",
    ],
    "other:solar cells": [r"solar\s(?:cells|panels|modules)", r"태양\s?전지", r"태양광\s?(?:패널|모듈)"],
    "other:tablet pcs": [r"tablet\s(?:PCs?|computers?)", r"tablets", r"태블릿\s?(?:PC)?"],
}

# A short name for a category the text names in full elsewhere ("컴퓨터 수출 88.9% 급증" in a headline over
# "컴퓨터·주변기기는 … 88.9% 늘었다"): a figure under the short name that the full name's figure holds is that figure.
SHORT_NAME_OF: dict[str, tuple[str, ...]] = {"computers": ("computers_peripherals",)}

# Words that name a sub-item only under a parent mentioned just before ("parts" after mobile phones).
CONTEXT_ITEMS: dict[str, dict[str, list[str]]] = {
    "mobile_phones": {
        "mobile_phone_parts": [r"parts", r"components", r"부분품", r"부품"],
        "finished_phones": [r"finished\s(?:products|goods|handsets)", r"완제품", r"완성품"],
    },
    "semiconductors": {"system_semiconductors": [r"system", r"시스템"]},
    "computers_peripherals": {"peripherals": [r"peripherals?"]},
}


# a partner's adjective: "the country" after "Chinese demand" is China (`partner_scope`), though the bare adjective
# names no partner's trade itself (`_demonym`)
PARTNER_ADJECTIVES: dict[str, str] = {
    "china": "Chinese",
    "us": "American",
    "vietnam": "Vietnamese",
    "japan": "Japanese",
    "taiwan": "Taiwanese",
    "india": "Indian",
    "other:indonesia": "Indonesian",
    "middle_east": r"Middle\sEastern",
}


def _demonym(adjective: str) -> list[str]:
    """A partner named by its adjective: "the Vietnamese market", "Middle Eastern buyers", "Chinese-made
    goods", "Japanese components" (what is bought from it). Bare adjectives ("Chinese demand", "Japanese
    firms") name no partner's trade and are not matched."""
    return [
        rf"(?:the\s)?{adjective}\s(?:markets?|buyers|customers)",
        rf"{adjective}-made",
        rf"{adjective}\s(?:components|materials|parts)",
        # "Imports of Japanese ICT goods", "Japanese IT components": the goods named after it are the item
        rf"{adjective}(?=\s(?:ICT|IT)\s(?:goods|products|items|parts|components|equipment|hardware)\b)",
    ]


def _letter_spaced(abbreviation: str) -> str:
    """An abbreviation spread across a table cell, one letter apart, as old ministry tables spread "미    국":
    "E     U", "A S E A N" (runs of spaces are one space by now)."""
    return r"\s".join(abbreviation)


BLOCS = frozenset({"eu", "asean"})  # the partners "the bloc" can refer to

REGIONS: dict[str, list[str]] = {
    "china": [
        r"(?:mainland\s)?China",
        # one partner, not an aside that would swallow the clause after it ("… and those from Vietnam")
        r"China,?\s(?:including|incl\.|with)\sHong\sKong",
        r"China\s\((?:including|incl\.|with)\sHong\sKong\)",
        r"CN(?:\s?\+\s?HK)?(?=\s?\$)",  # a broker's "CN+HK $8.0bn"
        # "imports from the mainland", "본토로부터의 수입": China (not "미국 본토", a country's own mainland)
        r"the\smainland(?!\sChin)",
        r"(?<![가-힣])(?<![가-힣]\s)본토",
        r"중국",
        r"中國",
        # "대중 38억 달러 흑자": in a list of balances the prefix stands before its amount alone; a table row's
        # label is the prefix alone ("대중 | 61.7 (8.3) | …": the label ends the text scanned)
        r"대중(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역|수지|흑자|적자)|\(홍콩|\s?\d[\d,.]*\s?[조억만천]|$)",
        r"對\s?中",
        # the headline's one-character names: 中·美·日·越, also before one item ("中 반도체 수출 40%↑")
        r"中(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역)|\s?(?:\(홍콩|\d))",
        r"중화권(?:\s?\(중국\s?(?:·|,|및)\s?홍콩\))?",  # Greater China: China with Hong Kong
        r"중국\s?(?:,|·|및|과|와)\s?홍콩(?:을|를)\s?(?:포함한|포함해|합친|합한|더한)",  # "중국, 홍콩을 합친 수출은": one partner
        r"중국\s?\(\s?홍콩(?:\s?포함)?\s?\)|중국\s?,\s?홍콩\s?포함",  # a table's "중국(홍콩)", a list's "(중국, 홍콩 포함)"
        r"Greater\sChina",
        r"(?:the\s)?Chinese\smainland",
        *_demonym(PARTNER_ADJECTIVES["china"]),
    ],
    "hong_kong": [r"Hong\sKong", r"홍콩"],
    "us": [
        rf"(?:{alt})(?!\s(?:tariffs?|dollars?|Treasury|Federal|government|administration|policy|policies|"
        r"President|Fed\b|interest|trade\spolicy|sanctions|export\scontrols|chip\scurbs))"
        for alt in (
            r"the\sU\.S\.(?:A\.)?",
            r"U\.S\.",
            r"the\sUS\b(?!\$)",  # not "the US$11.85 billion": that is money
            r"the\sus\b(?![$'’-])",  # auto captions write all in lower case: "shipments to the us rose"
            r"US(?=\s|$|,|\)|:|-bound)",  # "US-bound shipments"
            r"(?:the\s)?United\sStates",
            r"(?:the\s)?USA\b",
            r"America(?!n)",
            *_demonym(PARTNER_ADJECTIVES["us"]),
        )
    ]
    + [
        r"(?<!구)미국(?!\s?(?:관세|정부|의\s?관세|금리|행정부|대선))",  # not inside 구미국가산업단지
        r"대미(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역|수지|흑자|적자)|\s?\d|$)",
        r"對\s?美",
        r"美(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역)|\s?\d)",
    ],
    # "Việt Nam": the Vietnamese spelling, with its diacritics, in Viet Nam News
    "vietnam": [
        r"Vietnam",
        r"Vi[eệ]t\s?Nam",
        r"베트남",
        r"(?:對\s?)?越(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역)|\s?\d)",
        r"VN(?=\s?\$)",
        *_demonym(PARTNER_ADJECTIVES["vietnam"]),
    ],
    "eu": [
        r"(?:the\s)?European\sUnion(?:\s\(EU\))?",
        r"(?:the\s)?EU\b",
        r"Europe(?!an)",
        r"유럽\s?연합(?:\s?\(EU\))?",
        r"EU",
        _letter_spaced("EU"),
        r"유럽",
    ],
    "japan": [
        r"Japan(?!ese)",
        r"일본",
        r"대일(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역|수지|흑자|적자)|\s?\d[\d,.]*\s?[조억만천]|$)",
        r"對\s?日",
        r"(?<!\d)日(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역))",
        *_demonym(PARTNER_ADJECTIVES["japan"]),
    ],
    "taiwan": [r"Taiwan(?!ese)", r"대만", r"TW(?=\s?\$)", *_demonym(PARTNER_ADJECTIVES["taiwan"])],
    "india": [
        r"India(?!n)",
        *_demonym(PARTNER_ADJECTIVES["india"]),
        # not the tail of another word: "요인도", "원인도", "견인도", "확인도" ("… 요인도 있다")
        r"(?<![요원견확승기])인도(?![네양])",
        # a prefix like 대미/대중; matched whole, or "대인" would be read as a bound ("10%대인")
        r"대인도(?=\s?(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입|무역|수지|흑자|적자)|\s?\d[\d,.]*\s?[조억만천])",
    ],
    "asean": [
        r"ASEAN",
        _letter_spaced("ASEAN"),
        r"아세안",
        r"(?:the\s)?Association\sof\sSoutheast\sAsian\sNations(?:\s\(ASEAN\))?",
        r"동남아시아\s?국가\s?연합(?:\s?\(ASEAN\))?",
    ],
    "southeast_asia": [r"Southeast\sAsia(?:n\s(?:countries|nations|markets))?", r"동남아(?:시아)?"],
    "middle_east": [
        r"(?:the\s)?Middle\sEast",
        r"중동",
        *_demonym(PARTNER_ADJECTIVES["middle_east"]),
        r"(?:the\s)?Middle\sEastern\s(?:countries|nations|states|economies)",  # a group of partners by its adjective
    ],
    "_same": [
        # (not "the country" doing the trade, "with the country logging a surplus": Korea itself)
        r"(?:the|that)\s(?:region|market)",  # "exports to that market"
        # (nor "the country's ICT exports": Korea's own, in the possessive)
        r"(?:the|that)\s(?:country|nation)(?!['’]s\b)(?!\s(?:logg|post|record|report|book|ran\b|run|saw\b|see)\w*)",
        r"(?<=shipped\s)there\b|(?<=exported\s)there\b",  # "ICT goods shipped there"
        r"(?<=shipments\s)there\b|(?<=exports\s)there\b|(?<=sales\s)there\b",  # "phone shipments there lost 8.8%"
        r"the\s(?:island|Southeast\sAsian\s(?:nation|country))",  # after Taiwan, Vietnam: the partner in scope
        r"those\sto",
        # a bloc only (`BLOCS`): "to the bloc", "the 27-nation bloc", "the regional trade bloc"
        r"the\s(?:(?:\d+|[a-z]+)-(?:member|nation|country)\s)?(?:(?:regional|economic)\s)?(?:trade\s|trading\s)?bloc",
        r"해당\s?(?:국가|지역)",
        r"이\s?지역",
        # "so the bilateral surplus was $1.16 billion": the trade with the partner in scope
        r"bilateral(?=\s(?:ICT\s|IT\s)?(?:trade\s)?(?:surplus|deficit|balance))",
    ],
    "latin_america": [
        r"Latin\sAmerica(?:n\s(?:buyers|markets|countries|nations|economies))?",
        r"Central\sand\sSouth\sAmerica",
        r"South\sAmerica",
        r"중남미",
    ],
}

# Partners outside the canonical list keep their English name: region "other:<name>".
OTHER_REGIONS: dict[str, list[str]] = {
    "netherlands": [r"(?:the\s)?Netherlands", r"네덜란드"],
    "germany": [r"Germany", r"독일"],
    "mexico": [r"Mexico", r"멕시코"],
    "singapore": [r"Singapore", r"싱가포르"],
    "malaysia": [r"Malaysia", r"말레이시아"],
    "philippines": [r"(?:the\s)?Philippines", r"필리핀"],
    "thailand": [r"Thailand", r"태국"],
    "indonesia": [r"Indonesia", r"인도네시아", *_demonym(PARTNER_ADJECTIVES["other:indonesia"])],
    "united kingdom": [r"(?:the\s)?United\sKingdom", r"(?:the\s)?U\.K\.", r"영국"],
    "brazil": [r"Brazil", r"브라질"],
    "russia": [r"Russia", r"러시아"],
    "australia": [r"Australia", r"호주"],
    "canada": [r"Canada", r"캐나다"],
    "hungary": [r"Hungary", r"헝가리"],
    "poland": [r"Poland", r"폴란드"],
    "czech republic": [r"(?:the\s)?Czech\sRepublic", r"체코"],
    "slovakia": [r"Slovakia", r"슬로바키아"],
    "turkey": [r"Turkey|Türkiye", r"터키|튀르키예"],
    "oceania": [r"Oceania", r"오세아니아"],
    "saudi arabia": [r"Saudi\sArabia", r"사우디"],
    "united arab emirates": [r"(?:the\s)?UAE|United\sArab\sEmirates", _letter_spaced("UAE"), r"아랍에미리트"],
}

FLOWS: dict[str, list[str]] = {
    "export": [
        r"(?:imported|importing|bought|buying|purchased|purchasing)"
        r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?\b(?:Korean|from\s(?:South\s)?Korea)\b)",
        r"imported\s(?:South\s)?Korean",
        r"imports\sof\s(?:South\s)?Korean",
        r"purchases\sof\s(?:South\s)?Korean",
        # not one of a joined pair naming both flows ("the export-import figures", "import/export data"): no flow
        r"(?<!import-)(?<!imports-)(?<!import/)exports?(?:ed)?(?![-/]imports?\b)",
        r"exporting",
        r"outbound\sshipments?",
        # "Shipments to Japan rose …" (not "shipments to Korea", nor "SSD shipments to $370 million", an amount)
        r"shipments?(?=\sto\s(?!(?:South\s)?Korea\b|[\d$₩€]|US\$|USD|an?\s|record\b))",
        r"overseas\s(?:sales|shipments)",
        # "Semiconductor shipments slumped …" after an imports sentence: goods' shipments are outbound (not "chip
        # shipments from Taiwan", nor those to Korea)
        r"(?:(?<=chip\s)|(?<=chips\s)|(?<=semiconductor\s)|(?<=memory\s)|(?<=display\s)|(?<=panel\s)"
        r"|(?<=handset\s)|(?<=phone\s)|(?<=smartphone\s)|(?<=TV\s)|(?<=computer\s)|(?<=PC\s)"
        r"|(?<=SSD\s)|(?<=OLED\s)|(?<=LCD\s)|(?<=battery\s))"
        r"shipments(?!\s(?:from|to\s(?:South\s)?Korea)\b)",
        r"shipped\s(?:overseas|abroad)",
        r"sold\s(?:overseas|abroad)",
        # the place after the amount: "shipped $16.2 billion of goods abroad", "sold US$3 billion worth overseas"
        r"(?:shipped|sold)(?=\s(?:US)?\$(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\b(?:overseas|abroad)\b)",
        r"outbound",
        r"(?<![^가-힣]역)(?<!^역)수출(?!\s?(?:규제|통제|제한|금지|입은행|보험|기업))(?:액|실적)?",  # not "日 수출규제", "수출입은행"
    ],
    "import": [
        r"(?<!export-)(?<!exports-)(?<!export/)imports?(?:ed)?(?![-/]exports?\b)",
        r"importing",
        r"inbound\sshipments?",
        r"inbound",
        r"import\sorigin",
        # Korea buying is importing ("Korea bought $61 million worth of ICT goods from India", "South Korea's
        # purchases of Indian chips"); a partner buying Korean goods is an export (above)
        r"(?<=Korea\s)(?:bought|purchased)\b|(?<=Korea's\s)purchases\b",
        # "… and bought $31.2 billion from abroad": buying from abroad, the amount between
        r"(?:bought|purchased)(?=\s(?:US)?\$(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\bfrom\s(?:abroad|overseas)\b)",
        # "Korea brought in $4.1 billion of chips from Taiwan", "goods brought in from Japan": brought in from a
        # place in the same clause is imported (not from Korea, the partner's imports of Korean goods; not a base
        # after a comma, "Displays brought in $1.5 billion, up 3% from $1.4 billion": revenue)
        r"brought\sin(?=(?:[^.;,]|(?<=\d)\.(?=\d)){0,60}?\bfrom\s(?!(?:South\s)?Korea\b|[\d$₩€]|US\$|USD"
        r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|a\syear|last"
        r"|the\s(?:same|previous|prior|year))\b))",
        r"(?:(?<=^)|(?<=-\s)|(?<=ICT\s)|(?<=[;|]\s))(?-i:M)(?=:\s?(?:US)?\$)",  # a newsletter's shorthand, "X:" and "M:" ("- M: $8.04bn, -2.3%.")
        # (not "역수입", re-imports: a cause, not the figure's flow; not "적은 액수입니다", an amount)
        r"(?<![^가-힣]역)(?<!^역)(?<![액점횟건])수입(?:액|실적)?",
        r"들여(?:온|왔|와|오)",  # "124억달러어치를 들여온 수입": brought in
        r"들여(?:온|오는|왔|와)",  # "대만에서 들여온 ICT 제품": brought in from there
    ],
    "balance": [
        r"trade\s(?:balance|surplus|deficit)",
        r"(?:a\s)?surplus",
        r"(?:a\s)?deficit",
        r"(?:trade\s)?(?:surpluses|deficits)",  # "ICT trade surpluses of $X with A and $Y with B"
        r"balance",
        r"trade\sexcess",
        r"무역\s?수지",
        r"수출입\s?수지",
        r"수지",
        r"무역\s?흑자",
        r"무역\s?적자",
        r"흑자",
        r"적자",
    ],
}

UP_WORDS = [
    r"(?:rose|rise|rising|risen|increas|gain|jump|climb|grew|grow|expand|expansion|advanc|soar|surg|rebound|"
    r"improv|escalat|spik|vault|boost|accelerat|recover|doubl|tripl|strengthen|skyrocket|rall|swell)\w*",
    # (not "the": it may open a partner's name, "more than the United States ($1.6 billion)")
    r"more\sthan\s(?:a|in|last|that)\b(?!\s(?:\$|US\$|USD))|more\sthan(?=\sthe\b(?!\s(?:\$|US\$|USD)))",
    r"up",
    r"higher",
    r"(?:急)?增",  # headlines: "반도체 수출 21% 增"
    r"(?:went|go|goes|moved|edged|shot|picked|inched|ticked)\sup",
    r"added",
    r"증가",
    r"늘",
    r"느는",  # 늘다 without its ㄹ: "9억달러로 2.6% 느는 데 그쳤다"
    r"상승",
    r"확대",
    r"성장",
    r"급증",
    r"폭증",  # "177.9% 폭증했다": an explosive rise
    r"급등",
    r"오른",
    r"올라",
    r"증대",
    r"플러스",
    r"뛰었",  # "27.9% 뛴 반면 …": a jump, not the sentence-final verb's direction
    r"뛴",
    r"뛰어(?!넘)",  # not "1000억달러를 뛰어넘었다", a threshold
    r"뛰(?:면서|며|고)",  # "55.8% 뛰면서"
    r"불어(?:나|난|났)|불었",  # "30.1% 불어난 휴대폰이"
    r"치솟",
    r"쑥",  # headlines: "인도만 8% '쑥'"
    r"껑충",
    r"↑",
    r"▲",
]
DOWN_WORDS = [  # not "slower" in "grew at a slower pace of 4.1%": a pace compared, the verb's sign stands
    r"(?:fell|fall|declin|decreas|drop|slip|slid|dip|contract|plung|plummet|shr[aiu]nk|tumbl|backtrack|slump|"
    r"sank|sink|retreat|dwindl|div|reduc|weaken|eas|shed|lost|loss|losing|slow(?!er\s(?:pace|rate|clip)\b)|deteriorat|sag|skid|nosediv|surrender|"
    r"crash|collaps|crater|tank(?=ed\b|s\b|ing\b)|"
    r"erod|contract|shrink|fell\sback|reced|retract|pull(?:ed|s|ing)?\sback|soften|subsid(?=ed|es|ing)|falter|shrivel)\w*",
    r"(?:went|go|goes|going)\sinto\sreverse",
    r"(?:was|were)\soff",
    r"off(?=\s(?:only\s|just\s|about\s|some\s)?[\d.,]+\s?(?:%|percent\b|pct\b))",  # "$2.31 billion, off 6.2 percent"
    r"less\sthan\s(?:a|the|in|last|that)\b",
    r"down(?:ward)?",
    r"lower",
    r"negative",
    r"(?:went|go|goes|moved|edged|inched|ticked)\sdown(?:ward)?",
    r"감소",
    r"줄",
    r"낮은",
    r"낮아",
    r"적다",
    r"적은",
    r"적었",
    r"적습",  # "199억 달러보다 10.3% 적습니다"
    r"적어(?![서도])",
    r"(?:急)?減",  # headlines: "5월 IT수출 3.2% 減"
    r"위축",
    r"하락",
    r"떨어",
    r"축소",
    r"급감",
    r"뒷걸음",
    r"역성장",
    r"역신장",  # "12.3% 역신장했다": growth below zero
    r"하향",
    r"급전직하",
    r"곤두박질",
    r"추락",  # headlines: "휴대폰 수출 33.8% 추락"
    r"사라(?:진|졌|지)",  # "19.7%, 대략 5분의 1이 사라진 셈이다": that much of the trade gone
    r"날아(?:간|갔|가)",
    r"급락",
    r"뚝",  # headlines: "휴대폰 12% '뚝'"
    r"쪼그라",
    r"후퇴",
    r"빠졌",
    r"빠지",
    r"내려앉",
    r"미끄러",
    r"고꾸라",
    r"주저앉",
    r"마이너스",
    r"↓",
    r"△",
    r"▼",
]

# A percentage followed by one of these is not a year-on-year change.
NOT_YOY_AFTER = [
    r"percentage\spoints?",
    r"%\s?p\b",
    r"%p",
    r"%\s?포인트",
    r"%포인트",
    r"포인트",
    r"points?",
    # (and "exports of all goods to India": all goods, read as noise in the reader)
    r"of\s(?:the\s)?(?:country's\s|Korea's\s|South\sKorea's\s)?(?:total|entire|overall|all(?:\s(?:goods|products|commodities)\b)?)",
    r"of\s(?:all\s)?(?:the\s)?(?:country's\s|Korea's\s|South\sKorea's\s)(?:ICT|IT)\s(?:exports|imports|shipments)",
    r"of\s(?:its|the)\s(?:total|entire)",
    # "49.8 percent of the country's $67.45 billion": a share of that amount (the amount left to be read)
    r"of\s(?:the\s)?(?:(?:South\s)?Korea's\s|country's\s|nation's\s)?(?=(?:US)?\$\s?\d)",
    r"share",
    r"비중",
    # (not "from the previous month's $14.07 billion": that month's own value)
    r"(?:from|over|compared\swith|compared\sto|than)\s(?:the\s)?(?:previous|prior|preceding)\smonth(?!'s)",
    r"month[\s-]on[\s-]month",
    r"on[\s-]month",
    r"m/m",
    r"w/w",  # a week's move: "won +1.3% w/w", "KOSPI 2,697 (+3.0% w/w)"
    r"week[\s-]on[\s-]week",
    r"MoM\b",
    r"QoQ\b",
    r"m-o-m",
    r"[가이]?\s?넘는\s?비중",
    r"비중",
    r"(?:from|than)\sa\smonth\s(?:earlier|before|ago)",
    r"(?:from|over|compared\swith|compared\sto|than)\s(?:the\s)?(?:previous|prior|preceding)\squarter",
    r"quarter[\s-]on[\s-]quarter",
    r"on[\s-]quarter",
    r"q/q",
    r"of\s(?:the\s)?(?:global|world|worldwide)\s(?:[a-z]+\s)?market",
    r"\)?\s?(?:[을를]\s?)?(?:차지|점유)",  # "…의 65.4% 차지", "절반 넘게(58.4%) 차지했다": a share
    r"(?:of\s)?(?:the\s)?(?:South\s)?(?:country's|Korea's|nation's)\s(?:total|overall|entire)",
    r"(?:(?<=%\s)|(?<=%))(?:상호|추가|보복|보편|고율)?\s?관세(?!청)",  # "25% 상호관세를 물리면서": a tariff's rate
    # a tax's rate, not a change: "Washington's 30 percent duty", "a 25% levy on steel"
    r"(?:(?<=percent\s)|(?<=%\s)|(?<=%)|(?<=pct\s))(?:import\s|reciprocal\s|retaliatory\s|additional\s)?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b",
    r"(?:more|less|higher|lower|up|down)\sthan\s(?:in\s)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!\s(?:19|20)\d\d|\s(?:of\s)?last\syear|\sa\syear\s(?:earlier|ago|before))",
    # ("than in April 2020", "than in August last year": a year back)
    r"of\s(?:the\s)?(?:global|world(?:wide)?)\s(?:[a-z]+\s)?(?:orders|market|sales|demand|shipments)",
]
# ...or preceded (closely) by one of these.
NOT_YOY_BEFORE = [
    # the level of another statistic, not a change in trade: "Youth unemployment, at 8.5 percent", "core +2.2%"
    # (the CPI line's), a title's "물가 2%대", a tariff's rate "상호관세 15%로" (not 관세청, the customs service)
    r"\b(?:unemployment|joblessness|jobless)\b",
    r"\bcore(?=\s?:?\s?[+\-−]?\d)",
    r"물가(?:\s?상승률)?(?:은|는|이|가)?",
    r"관세(?!청)(?:율)?(?:은|는|이|가|를|로)?",
    # an interest rate or a bond's yield: "BoK on hold at 3.50%", "the base rate of 1.25%", "3y KTB 2.91%"
    r"\bon\shold\b|\b(?:policy|base|interest|key|benchmark|lending|deposit)\srates?\b|\bKTB\b|\byields?\b",
    r"account(?:ed|ing|s)?\sfor",
    r"(?:made|make|makes|making)\sup(?=\s(?:about\s|nearly\s|almost\s|around\s|roughly\s)?\d)",  # a share
    r"share\sof",
    r"전체\s?(?:ICT\s?|IT\s?)?(?:무역\s?)?(?:흑자|적자|수지|수출|수입)(?:액)?의",  # "전체 무역흑자의 92.5%": a share
    r"비중(?:은|이)?",
    r"점유율",
    # (also "전달(8월)보다는": the month before, named in parentheses)
    r"(?:전월|전달)\s?(?:\(\d{1,2}\s?월\)\s?)?(?:대비|보다|에\s?비해|[과와]\s?비교(?:하면|해)?)(?:로는|로|에는)?",
    # headline shorthand for "전월 대비": "前月比 13%↑", "전월比", "전월비" (not "前年比", a year back)
    r"(?:전월|前月|전달)\s?(?:比|비)(?![중율률])",
    r"previous\smonth",
    r"month[\s-]on[\s-]month",
    r"(?<![년동])(?:전|직전)\s?분기\s?(?:대비|보다|에\s?비해)",
    r"quarter[\s-]on[\s-]quarter",
    r"previous\squarter",
    r"%\s?포인트",
    r"포인트",
    # a base of an era, not a year back: "코로나 이전보다 31% 많아", "31% above pre-pandemic levels"
    r"코로나\s?(?:19\s?)?(?:사태\s?|확산\s?)?(?:이전|직전|前)(?:\s?수준)?(?:보다도?|대비|에\s?비해|과\s?비교하면)",
    r"\bpre-?(?:pandemic|COVID(?:-19)?)(?:\s(?:levels?|highs?|peak))?",
    r"\bbefore\sthe\s(?:pandemic|COVID(?:-19)?(?:\soutbreak|\spandemic)?)",
    # a change over several years: "5년 새 20.2% 감소", "최근 3년간 12% 늘어" (not "2015년", a year)
    r"(?<![\d'’.])(?:[2-9]|1\d|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?년\s?(?:간|새|동안|사이)",
]

# Where a noise clause ends: the figures after these belong to ICT again.
# "생산이 늘면서", "현물가격 약세가 이어지며": a Korean clause ends on a connective ("-며" after any verb)
NOISE_CLAUSE_END = r"불구하고|지만|반면|는데|(?<=[가-힣])며(?=\s|$)|했고|면서|\bwhile\b|\bbut\b|\bwhereas\b|;"

# Partial-month tallies of all goods, the customs' early counts ("from January 1 to 10", "1~10일").
PARTIAL_MONTH = [
    r"(?:from\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s1(?:st)?\s?(?:to|-|–|through)\s?\d{1,2}(?:th)?\b",
    r"\d{1,2}\s?월\s?1\s?일?\s?[~∼\-–]\s?\d{1,2}\s?일",
    r"(?<!\d)1\s?[~∼\-–]\s?(?:10|20)\s?일",
    r"\d{1,2}\s?월\s?(?:초|중)순",  # "5월 초순 수출 12%↑": the first ten days
]

# Markers that take the rest of their clause out of the ICT facts.
NOISE_CLAUSE = [
    *PARTIAL_MONTH,
    r"daily\saverage",
    r"per\sday",
    r"a\sday\b",
    r"일\s?평균",
    r"하루\s?평균",
    r"(?:Korea's|South\sKorea's|the\scountry's|the\snation's)\s(?:total|overall|entire|outbound)\s?"
    r"(?:exports|imports|shipments|trade)(?![^.,;]{0,30}\b(?:ICT|information|IT\b|digital\selectronics|(?:this|the)\s"
    r"(?:sector|industry)))",
    r"(?:Korea's|South\sKorea's)\s(?:exports|imports|shipments|trade)(?!\s(?:to|from|of|in)\s)"
    r"(?![^.,;]{0,30}\b(?:ICT|information|IT\b|digital\selectronics|(?:this|the)\s(?:sector|industry)))",
    r"(?:total|overall|entire)\s(?:exports|imports|trade\s(?:balance|surplus|deficit))(?!\s(?:of|in)\s(?:ICT|the\sICT))",
    r"in\stotal\s(?:exports|imports)(?!\s(?:of|in)\s(?:ICT|the\sICT))",  # "the country's $67.45 billion in total exports"
    r"all[\s-]industry",
    # all goods between two countries, not ICT ("two-way trade in all goods reached about $0.59 billion")
    r"(?:two-way|bilateral)\strade(?![^.,;]{0,30}\b(?:ICT|information|IT\b|digital\selectronics))",
    r"\ball\s(?:goods|products|commodities)\b",
    # the whole goods trade's balance with a partner ("Korea's goods surplus with the US"), not ICT goods'
    r"(?<!ICT\s)(?<!IT\s)\b(?:goods|merchandise)\s(?:trade\s)?(?:surplus|deficit|balance)\b",
    # the whole economy's trade, not "ICT 전체 수출" or "휴대폰 전체 수출액" (an ICT or item total)
    r"(?:우리나라|한국|국내|국가|나라|산업)\s?(?:의\s?)?전체\s?(?:수출|수입|무역|수지)",
    r"(?:우리나라|한국)(?:의)?\s?(?:\d{1,2}\s?월\s?)?(?:총\s?)?(?:수출|수입)(?:액)?(?:은|는|이|가|도)\s",
    r"전체\s?(?:수출|수입)\s?(?:중|에서|가운데)",
    # all goods to or from one partner ("대미 전체 수출은", "대만 전체 수출은"), not "대미 ICT 수출"
    r"(?:대[가-힣]{1,4}|미국|중국|일본|베트남|인도|대만|홍콩|유럽|EU|아세안|ASEAN)(?:으로의|로의|의)?\s?전체\s?(?:수출|수입|교역|무역)",
    r"전체\s?산업",
    r"전\s?산업\s?(?:수출|수입)?",
    r"전\s?산업",
    r"국내\s?산업",
    r"총\s?수출",
    r"중소\s?기업",  # also "중소·중견 기업", "중소 기업"
    r"중견\s?기업",
    r"대기업",
    r"small\sand\smedium",
    r"SMEs?",
    # the combined exports of a programme's or a group's member firms, not the country's ("Firms in the program
    # exported a combined $214 million", "participating companies", "참여기업 185개사의 수출액은")
    r"\b(?:firms|companies|startups|start-ups|ventures|members|participants|exporters)\s(?:in|of|joining|backed\sby"
    r"|supported\sby)\s(?:(?:the|its|this|that|a)\s)?(?:[\w'’-]+\s){0,4}?(?:program|programme|scheme|initiative"
    r"|project|incubator|accelerator)s?\b",
    r"\b(?:participating|member|supported|beneficiary)\s(?:firms|companies|startups|start-ups|ventures|exporters)\b",
    r"\bprogram(?:me)?\s(?:participants|members)\b",
    r"(?:참여|참가|지원|수혜|입주|회원)\s?(?:기업|업체)(?:들)?|(?<=\d)\s?개\s?(?:사|기업|업체)의\s",
    # a province's or an industrial park's exports, not the country's
    r"(?:경북|경남|충북|충남|전북|전남|경상북도|경상남도|충청북도|충청남도|전라북도|전라남도|강원도?|제주도?)"
    r"(?:\s?지역|\s?도내)?(?:의)?(?=\s(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입))",
    r"(?:국가\s?)?산업\s?단지|(?<=[가-힣])산단(?=[의\s])",
    r"(?:province|provincial|industrial\s(?:complex|park|estate|zone))\b",
    # the world market, not Korea's trade
    # (also after a sentence adverb: "Worldwide, chip sales fell …")
    r"(?:global|worldwide|world),?\s(?:(?:chip|semiconductor|memory|DRAM|NAND|smartphone|display|PC|TV)\s)?"
    r"(?:sales|market|revenues?)\b",
    # a market tracker's count of a product shipped or sold the world over ("Global smartphone shipments fell 6.2
    # percent to 342 million units", "세계 태블릿 출하량은 …"): the world's, not Korea's exports of it
    r"(?:global|worldwide|world),?\s(?:smartphone|(?:mobile\s)?(?:hand)?set|phone|PC|notebook|laptop|tablet|TV|"
    r"television|chip|semiconductor|memory|DRAM|NAND|display|panel|server|monitor|wearable)s?\s(?:shipments|unit\ssales)\b",
    # (not a market whose change is only the cause of the next clause's figure: "세계 시장이 줄어든 탓에 수출액이 …")
    r"(?:세계|글로벌)\s?(?:반도체|메모리|D램|낸드|스마트폰|태블릿|노트북|디스플레이|PC|TV)?\s?"
    r"(?:시장|매출|출하량|판매량)\s?(?:규모)?\s?(?:은|는|이|가)\s"
    r"(?![^\d.,]{0,16}?\s(?:탓에|때문에|덕분에|덕에|여파로)\s)",
    # corrections name a wrong figure next to the right one
    r"\bCorrects?\b",
    r"잘못\s?(?:표기|기재|게재)",
    r"바로잡(?:습니다|았다)",
    # a central bank's rate, not trade ("금통위 기준금리 결정 (현 3.50%)", "the base rate, now 3.5%")
    r"기준\s?금리",
    r"\b(?:base|benchmark|policy|key)\s(?:interest\s)?rate\b",
    # budgets and investment, not trade
    r"budgets?\b",
    r"\b(?:spend|spends|spending)\b",
    r"invested\b",
    r"예산",
    r"투자(?:액|비|금)",
    r"설비\s?투자",
    # production, not trade ("IT 생산액은 158조원으로", "반도체 생산은 …", "ICT production rose")
    r"생산(?:액|량|실적)?\s?(?:은|는|이|가|도)\s",
    r"(?:ICT|IT|chip|semiconductor|display)\s(?:production|output)\b",
    r"(?:production|output)\s(?:rose|fell|grew|increased|decreased|declined|jumped|climbed|dropped|expanded)\b",
    r"생산(?:액|량)?\s?(?=\d)",  # a headline's "ICT 생산 458조원, 3.4% 늘어"
    # headcounts, not trade ("종사자 수는 91만명으로 1.7% 늘었다", "employment in the sector rose 2%")
    r"종사자\s?수?|(?:취업자|근로자|고용\s?인원)\s?수?(?:는|은|가|이)\s",
    r"(?<=\d)\s?명(?:으로|이|을|에|\s?(?:증가|감소|늘|줄))",
    r"(?:number\sof\s)?(?:employees|workers)\b|headcount|employment\b",
    # a plant's utilisation or an inventory ratio, not trade ("협력업체 가동률이 60% 수준으로 떨어진")
    r"가동률|재고율|(?:capacity\s)?utili[sz]ation\srate|operating\srate",
    # a company's results, not the country's trade
    r"(?:operating|net)\s(?:profits?|income|loss(?:es)?)",
    # a household's surplus rate or income, a retail figure: other statistics in a briefing
    r"가계\s?(?:흑자|적자|소득|지출)",
    r"(?:흑자|적자)율",
    r"소매\s?판매",
    r"retail\ssales",
    # the economy's other indicators, often a related headline or a calendar line tagged with a quarter
    # ("jobless rate falls 0.6 pct in Q1", "Industrial output (Q1): +2.3% y/y")
    r"\b(?:jobless|unemployment|employment)\s(?:rate|claims)\b|household\s(?:debt|loans?|income)"
    r"|\bGDP\b|gross\sdomestic\sproduct|industrial\s(?:output|production)|consumer\sprices?|\bCPI\b|\binflation\b|\bPMI\b",
    r"실업률|고용률|가계\s?(?:부채|대출)|경제\s?성장률|국내\s?총생산|소비자\s?물가|물가\s?상승률|광공업\s?생산",
    # another country's whole trade with Korea ("Trade turnover between Kazakhstan and South Korea")
    r"(?:trade\s)?turnover\b",
    r"trade\sbetween\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\sand\s(?:South\s|the\sRepublic\sof\s)?Korea",
    r"(?<!trade\s)(?:revenues?|earnings)\b",
    r"market\s(?:capitali[sz]ation|cap\b|value)",
    r"(?:stock|share)\sprices?",
    # a chip's price, not its exports ("DRAM contract prices are down 5-8% this quarter", "spot prices", "ASPs")
    r"(?:contract|spot|fixed|average\sselling)\sprices?|\bASPs?\b|(?:고정\s?거래|현물)\s?가격",
    r"\b(?:contract|spot)\s(?:DRAM|NAND|memory|flash)\b",  # "contract DRAM is already 10-15% lower": its price
    # another economy's own statistics on its trade with Korea ("According to Vietnam's customs office, the country's
    # imports of computers from South Korea reached …", "베트남 관세총국에 따르면"): not the ministry's figures
    r"according\sto\s(?:the\s)?(?:Taiwan|Japan|China|U\.?S\.?|America|Vietnam|India|Germany|Hong\sKong|Singapore|"
    r"Malaysia|Thailand|Philippines|Indonesia|Mexico|EU)(?:'s|’s|ese|n)?\s(?:[\w-]+\s){0,3}?(?:customs|statistic(?:s|al)"
    r"|commerce|finance|trade\sministry|census)",
    r"(?:대만|일본|중국|미국|베트남|인도|독일|홍콩|싱가포르|말레이시아|태국|필리핀|인도네시아|멕시코)\s?(?:정부\s?)?"
    r"(?:관세총국|해관(?:총서)?|통계청|통계국|통계총국|상무부|재무부|재정부)(?:\s?(?:통계|자료))?(?:에\s?따르면|의\s?(?:통계|자료))",
    # a localisation or self-sufficiency rate, a dependence ratio: shares, not changes ("소재 국산화율은 27%였다")
    r"국산화\s?율|자급\s?(?:률|율|도)|의존\s?도|locali[sz]ation\srate|self-sufficiency(?:\srate)?|dependence\s(?:rate|ratio)",
    # a line labelled as month-on-month or quarter-on-quarter ("MoM: exports +3.9%, semis +2.2%.")
    r"^\W{0,3}(?:MoM|M/M|m/m|QoQ|Q/Q|q/q|전월\s?(?:대비|비))\s?:",
    # an item the text itself puts outside the ICT count ("Batteries, which are not counted as ICT goods, rose 12%",
    # "Outside the ICT category, …", "ICT 품목에 포함되지 않는 이차전지는")
    r"\bnot\s(?:counted|included|classified|categori[sz]ed)\s(?:as|in|among|under)\s(?:an?\s|the\s)?(?:ICT|IT)\b"
    r"|\boutside\s(?:the\s)?(?:ICT|IT)\s(?:category|sector|segment|tally|total|figures?|data|goods)\b"
    r"|(?:ICT|IT)\s?(?:품목|통계|분류|수출)?(?:에|으로|로)\s?(?:포함|집계|분류)되지\s?않는",
    r"lost\s(?:about\s|some\s|nearly\s|around\s|an\sestimated\s)?(?:US)?\$?[\d.,]+\s?(?:billion|million|trillion)?"
    r"(?:\s(?:U\.S\.\s)?dollars)?\sin\s(?:sales|revenues?|profits?)",
    # a company's or a subsidiary's sales ("LG전자 인도 법인의 지난해 매출은 약 250억달러"), not the trade of the
    # items (a release may write "메모리 반도체 매출액" for exports)
    r"(?:법인|기업|업체|회사|사업부)(?:들)?(?:의)?\s?(?:[가-힣\d]{1,6}\s){0,2}매출",
    # ... and a name's own sales, the country's aside ("SK하이닉스의 3분기 매출은", "Samsung Electronics' semiconductor
    # sales", not "Korea's chip sales", "September's sales")
    r"(?<![가-힣])(?!우리나라|한국|국내)[가-힣A-Za-z]{2,12}의\s(?:[가-힣\d]{1,6}\s){0,2}매출",
    r"\b(?!(?:korea|country|nation|its|their|year|month|quarter|half|week|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*)')[a-z][\w&.-]*'s?\s(?:[\w-]+\s){0,2}sales\b",
    r"영업\s?(?:이익|손실)",
    r"당기\s?순(?:이익|손실)",
    r"순(?:이익|손실)",
    r"시가\s?총액",
    r"주가",
    r"손실(?:을|이|액|\s?규모)",
    # a stock index's move is no trade figure ("The KOSPI slid 3.9% this week")
    r"\b(?:KOSPI|KOSDAQ|Nikkei|TAIEX|Nasdaq|NASDAQ|Dow(?:\sJones)?|S&P(?:\s500)?|SOX)\b|코스피|코스닥|나스닥|다우(?:\s?지수)?"
    r"|(?:뉴욕|국내|아시아)\s?증시|필라델피아\s?반도체|\b(?:stock|share)\s(?:index|market)\b"
    r"|\b(?:Seoul|Korean|Asian|Tokyo)\s(?:shares|stocks)\b|\b(?:closed|ended\sthe\s(?:week|day|session))\sat\b"
    # (not a level of trade: "ICT exports closed at US$156.62 billion")
    r"(?!\s(?:US\s?)?\$\s?[\d.,]+\s?(?:billion|bn|million|trillion)\b|\s[\d.,]+\s(?:billion|million)\s(?:US\s)?dollars)",
    r"\b(?:worth\sof\s)?(?:stocks|equities)\b",  # "Foreign investors bought a net 354 billion won worth of stocks"
    # a listed company's move in a market wrap ("SK hynix added 2.8 percent"): its shares, the verb right after it
    r"\b(?:Samsung\s(?:Electronics|SDI|Electro-Mechanics)|SK\s?[Hh]ynix|LG\s(?:Display|Electronics|Innotek)"
    r"|SK\sTelecom)\s(?:added|gained|rose|climbed|jumped|advanced|fell|dropped|lost|slipped|shed|declined|sank|[+\-−]\d)",
    # any company's shares moving ("SK hynix shares up 2.6% anyway", "its shares were down 1.1%")
    r"\bshares\s(?:(?:were|are|closed|ended|finished)\s)?(?:up|down|higher|lower|added|gained|rose|climbed|jumped"
    r"|advanced|fell|dropped|lost|slipped|shed|declined|sank)\b",
    # the value of deals signed or talked over is no trade figure ("signed contracts worth $9 million",
    # "consultations were valued at …", "수출 상담액", "계약 규모")
    r"\b(?:sign|ink)(?:ed|s|ing)?\b(?=(?:[^.;]|\.\d){0,80}?\b(?:contracts?|deals?|agreements?|MOUs?|memorand))",
    r"\b(?:deals?|contracts?)\b(?=\s(?:worth|valued|with|for|from)\b)",  # "a $6.8 million contract for a firm"
    # "$94 million in contracts", "37% of contract value": an amount or share of deals, not of trade
    r"\bin\s(?:export\s)?(?:contracts|deals)\b|\bcontract\s(?:value|amounts?)\b",
    r"\b(?:agreements?|MOUs?|memorand(?:um|a|ums)(?:\sof\sunderstanding)?)\s(?:worth|valued)\b",
    r"\b(?:consultations?|negotiations?|inquiries|business\stalks)\b(?=(?:\s[\w-]+){0,3}\s(?:were|was)\s(?:worth|valued))",
    # a fair's buyer meetings are talks, not trade, whatever the amount is joined by ("$850 million in export
    # consultations", "export consultations worth more than $1.2 billion", "수출상담 14억달러")
    r"\b(?:export|business|buyer|trade)\sconsultations?\b|\bconsultations\s(?:worth|valued|totall?ing|amounting)\b",
    r"(?:계약|상담|수주)\s?(?:액|금액|실적|규모)|(?:계약|협약|MOU)[을를]?\s?체결|수출\s?상담(?!회)",
    # the partner's own trade with Korea ("베트남의 대한국 수출"), the two countries' turnover ("교역액")
    r"대\s?한국\s?(?:[가-힣·]{1,10}\s?)?(?:수출|수입)",
    r"교역\s?(?:액|규모)",
    # a support programme's terms: the share of a cost a firm pays or is given ("with a 20 percent self-payment",
    # "부스 임차료 70% 지원", "항공료 50% 및 숙박비 일부 지원") is no trade change
    r"\bself[\s-]?pay(?:ment)?s?\b|\bco-?pay(?:ment)?s?\b|\bcost[\s-]shar(?:e|ing)\b|자기?\s?부담",
    r"(?:항공료|항공권|숙박비|체재비|임차료|참가비|운송비|통역비|부스비|출장비)(?=\s?(?:의\s?)?\d{1,3}(?:\.\d)?\s?%)",
]

# Comparison phrases: the money right after (or inside parentheses after) them is the prior-year value.
# English nouns of a year-on-year change, as they stand before the base they are measured on ("a 4% gain on the
# $X", "a 1.8% rise from $7.66 billion", "up 4.7% over June of last year")
EN_CHANGE_NOUN = r"(?:rise|gain|increase|growth|jump|drop|fall|decline|decrease)"

PRIOR_MARKERS = [
    r"(?:the\s)?same\s(?:period|month|quarter)\s(?:in|of)\s(?:19|20)\d{2}",
    r"(?:compared\s(?:to|with)\s)?(?:the\s)?same\s(?:period|month|quarter|time)\s(?:of\s)?(?:the\s)?"
    r"(?:last|previous|prior)\syear",
    r"(?:compared\s(?:to|with)\s)?(?:a|one)\syear\s(?:earlier|ago|before)",
    r"the\syear\sbefore(?!\slast)",  # "compared with $177.49 billion the year before"
    r"(?:the\s)?previous\syear",
    r"year[\s-]earlier",
    r"(?:the\s)?year-ago(?:\s(?:level|figure|tally|total|amount))?(?:\sof)?",
    r"last\syear's",
    r"(?:the\s)?corresponding\s(?:period|month|quarter)\s(?:of|in)\s(?:the\s)?(?:previous|prior|last)\syear",
    r"(?:the\s)?prior\syear(?:'s|’s)?",
    r"prior\syr\.?",  # a wire's shorthand: "(prior yr $19.04B)"
    r"(?:the\s)?previous\syear(?:'s|’s)",
    r"a\syear\searlier(?:'s|’s)",
    r"(?:19|20)\d{2}\s?년\s?(?:같은\s?(?:달|기간|분기)|동월|동기|동분기)",
    # "2007년(1285억달러)에 비해": a year named as the comparison base, its figure in parentheses; not one described
    # as what it was ("종전 최대였던 2014년(1738억달러)보다": that year's own value, whatever year the figure is)
    r"(?<!였던\s)(?<!이던\s)(?<!였던)(?<!이던)"
    r"(?:19|20)\d{2}\s?년\s?\((?=[^()]{1,24}\)\s?(?:에\s?비해|에\s?비하면|대비|보다|比|과\s?비교|와\s?비교))",
    r"전년\s?동월",
    r"전년도\s?(?:같은\s?(?:달|기간|분기)|동월|동기|동분기)",
    # "1년 전 같은 달(117.9억불)보다", "한 해 전 상반기에 비해": a year before, and which part of it (not "한 해 전체")
    r"(?:1\s?년|한\s?(?:년|해))\s?전(?!체)(?:의)?(?:\s?(?:같은\s?(?:달|기간|분기)|동월|동기|[상하]반기))?",
    r"전년\s?동기",
    r"전년\s?같은\s?(?:달|기간|분기)",
    r"전년\s?동\s?분기",
    r"지난해\s?같은\s?(?:달|기간|분기)",
    r"작년\s?같은\s?(?:달|기간|분기)",
    r"전년",
    r"(?:지난해|작년)\s?동\s?(?:월|기(?:간)?|분기)",  # "작년 동월(147억2000만달러)보다", "지난해 동기"
    # "(지난해 흑자는 …) 재작년(784억 달러)보다": the year before the one the text is about
    r"재작년(?=\s?\(\s?[\d,.]+\s?[조억만천])",
]

# an aside that names the category a sub-item is counted in: "OLED panels, classified under displays, …"
COUNTED_IN_A_CATEGORY = (
    r"(?:classified|counted|included|listed|grouped|booked)\s(?:under|within|in|among|as)|(?:a\s)?part\sof"
)

# Mentions after these words are examples or reasons, not the subject of the figure that follows.
SUBORDINATE = [
    r"including",
    r"excluding",
    r"thanks\sto",
    r"due\sto",
    r"on\sthe\sback\sof",
    r"led\sby",
    # "Memory led the chip segment, with exports …": the group the subject led is not the figure's subject
    r"(?<=[a-z]\s)led(?=\sthe\s(?:[\w-]+\s){1,2}(?:segment|sector|category|group|pack|field)\b)",
    # "Memory led the overall chip exports, rising 41%": the exports it led, closed by the comma, are not its figure's
    r"(?<=[a-z]\s)led(?=\sthe\s(?:[\w-]+\s){1,2}(?:exports|shipments),)",
    r"driven\sby",
    r"because\sof",
    r"amid",
    r"despite",
    r"in\sspite\sof",
    r"in\sthe\swake\sof",
    r"on\s(?:strong(?:er)?|robust|solid|weak(?:er)?|higher|lower|brisk|firmer|softer|rising|falling)",
    r"on(?=\s(?:[\w-]+\s){1,3}(?:demand|orders)\b)",  # "… to $0.52 billion on smartphone demand": a reason
    # "ICT exports climb on (AI) chip boom, up 9.4%", "… as chip boom continues": a market's boom is a reason
    r"(?:on|as)(?=\s(?:[\w-]+\s){1,3}(?:boom|upcycle|super-?cycle|frenzy|craze)\b)",
    # "Chile, on a slump in phone and TV sales, fell 4%": a reason set off between the subject and its verb
    r"(?<=,\s)on(?=\s(?:a|an|the)\s(?:[\w-]+\s){0,2}(?:slowdown|slump|decline|drop|fall|weakness|rise|surge"
    r"|recovery|rebound|shortage|glut|pickup)\b)",
    # with no article, changes in the plural: "China, on increases in chips and phones, took $9 billion"
    r"(?:(?<=,\s)|^\s*)on(?=\s(?:[\w-]+\s)?(?:gains|increases|rises|declines|drops|falls|growth)\s(?:in|of|for)\b)",
    r"(?<=,\s)much\sof\s(?:it|which|that)",  # ", much of it … LCD components,": what the figure was made of
    r"that(?=\s(?:hosts?|houses?|is\shome\sto)\b)",  # "the nation that hosts … phone factories": the place
    r"helped\sby",
    # "OLED panels, used in flagship smartphones, gained …": what the subject goes into, in an appositive
    r"(?<=,\s)(?:(?:mainly|mostly|largely|widely|chiefly)\s)?(?:used|found|fitted|installed|mounted)\s(?:in|for|on)",
    # "DRAM, the product group that contains high bandwidth memory (HBM), jumped …": what the subject includes
    r"(?<=,\s)(?:the|a|an)\s(?:[\w-]+\s){0,3}(?:that|which)\s(?:contains|includes|covers|comprises)",
    # "Displays, a segment dominated by OLED panels, fell …": what the subject's category is made of, in an appositive
    r"(?<=,\s)(?:a|an|the)\s(?:[\w-]+\s){0,2}(?:segment|category|group|sector|line|business|division)\s"
    r"(?:(?:now|still|largely|mostly|increasingly)\s)?(?:dominated|led|driven|powered)\sby",
    # "Imports fell 6%, as demand for foreign-made phones weakened, leaving …": a reason's clause set off by commas
    r"(?<=,\s)as(?=\s(?:[\w-]+\s){0,3}(?:demand|orders)\b)",
    # "… to $1.83 billion as panel makers shifted output to Mexico": what companies did is a reason, its places
    # no partner
    r"(?<=[\w%,]\s)as(?=\s(?:[\w-]+\s){0,3}(?:makers|producers|manufacturers|companies|firms|vendors|brands|rivals)\b)",
    # "… shrank 34.7% as Samsung and LG moved production to Vietnam and India": a firm's move of its plants is a
    # reason, the places it moved them to no partner
    r"(?<=[\w%,]\s)as(?=\s(?:[\w&.'’-]+\s){1,4}(?:moved|shifted|relocated|transferred|moves|shifts|relocates)\s"
    r"(?:(?:its|their|more|some|much|part\sof\s(?:its|their))\s)?(?:production|output|assembly|manufacturing|plants"
    r"|factories|lines)\b)",
    r"riding\s(?:high\s)?on",  # "…, riding on server memory to 17% gain": what carried the total
    r"(?<=,\s)(?:(?:still|also|partly|largely|again)\s)?(?:hurt|hit|weighed\sdown|dragged\sdown|held\sback|boosted"
    r"|buoyed|supported|lifted)\sby",
    # "Shipments to Mexico, a country where Korean TV and handset makers run plants, grew …": the place described
    r"(?<=,\s)(?:a|the)\s(?:[\w-]+\s)?(?:country|market|nation|place|destination)\b(?=[^,;\d]{0,80},)",
    # "Displays, still suffering from Chinese oversupply of LCD panels, fell …": the cause, not the subject
    r"(?<=,\s)(?:(?:still|also)\s)?(?:suffering|reeling|recovering)\sfrom",
    r"(?<=,\s)which",
    r"(?<=,\s)whose",  # "…, thanks to SSDs, whose exports rose 9.4% to $X": the aside's own figure
    r"(?<=,\s)home\sto\b",  # "Exports to Laos, home to two chip test plants, rose …": the place, not the goods
    r"(?<=,\s)where",  # "Exports to India, where Korean firms assemble phones, rose …": the place, not the goods
    r"(?<=,\s)that",
    # an apposition: "semiconductors, the country's biggest ICT item, rose ..."
    r"(?<=,\s)(?:(?:long|still|now|once|traditionally)\s)?(?:(?:the|its|a|an)\s"
    r"(?:(?:country|nation|Korea|province|region|city|industry|sector)'s\s)?|(?:ICT|IT)'s\s)(?:biggest|largest|top|main|key|leading|"
    r"second[\s-]largest|No\.\s?\d|bread\sand\sbutter|mainstay|workhorse|flagship|backbone|star)",
    # a partner described by the markets it is compared with ("Laos, one of Korea's fastest-growing ASEAN buyers,",
    # "Peru, the third-largest buyer after China and Japan,"): those markets are not the figure's; the closing
    # comma tells it from a subject ("By region, Korea's largest market China fell 3%")
    r"(?<=,\s)(?:one\sof\s)?(?:the|its|(?:South\s)?Korea's)\s(?:[\w-]+\s)?(?:biggest|largest|top|main|key|leading|"
    r"major|(?:second|third|fourth|fifth)[\s-](?:largest|biggest)|fastest[\s-]growing)\b"
    # (and its share maybe: "Chips, Korea's top export item and close to 40 percent of all ICT exports, …")
    r"(?=[^,;\d]{0,60}(?:\sand\s(?:[\w-]+\s){0,3}\d[\d.]*\s?(?:percent|per\scent|%)\sof\s[^,;\d]{0,40})?,)",
    # an apposition that tells the subject's share of a whole ("Phone exports, roughly a third of all IT
    # shipments, fell …", "Chip exports, more than half of all ICT shipments, slid …", "…, a big share of the
    # country's exports,"): the whole is not the figure's subject
    r"(?<=,\s)(?:(?:nearly|almost|about|around|roughly|some|over|more\sthan|less\sthan|close\sto|just\sunder)\s)?"
    r"(?:half|(?:a|one)\s(?:third|quarter|fifth|tenth)|(?:two|three)[\s-](?:thirds|quarters|fifths)"
    r"|(?:a|the)\s(?:[\w-]+\s)?(?:share|portion|part|chunk|slice))\sof\b(?=[^,;\d]{0,60},)",
    # the goods a part is made for ("OLED panels for foldable smartphones, which gained …"): not its subject
    r"(?<=[a-z]s\s)for(?=\s(?:[\w-]+\s){0,2}?(?:smartphones|phones|handsets|TVs|televisions|PCs|laptops|notebooks"
    r"|tablets|servers|cars|vehicles|devices|data\scent(?:er|re)s)\b)",
    # the category a sub-item is counted in ("OLED panels, classified under displays, climbed …"): not its subject
    rf"(?<=,\s)(?:{COUNTED_IN_A_CATEGORY})(?=\s[^,;\d]{{0,40}},)",
]

ICT_TOPIC = [
    r"\bICT\b",
    r"information\sand\scommunications?\stechnolog",
    r"정보통신",
    r"\bIT\s(?:exports|products|industry)",
]
TRADE_TOPIC = [r"export", r"import", r"shipment", r"수출", r"수입", r"trade"]

# Words that bring a text back from a partner's breakdown to the whole.
WORLD_CUES = [
    r"overall",
    r"in\stotal",
    r"worldwide",
    r"globally",
    r"전체\s?ICT",
    r"전체(?:로는|로\s?보면|적으로)",  # "3분기 전체로는 반도체 …": the period as a whole, every market
    r"전체(?=\s(?:수출|수입)(?:과|와|\s?추이))",  # "전체 수출과 대미 수출이 …", "전체 수출 추이 :": the whole, by a partner
    r"전\s?세계",
    r"품목별(?!\s?대[가-힣]{1,4}\s?(?:ICT\s?)?수출)",  # (not "품목별 대중 수출은 …": the partner's items)
    r"by\s(?:item|product)",
]

# "such as" names examples after a named item ("peripherals such as SSDs") but the subjects after a
# generic noun ("other key products, such as displays and computers").
EXAMPLES = [
    r"such\sas",
    r"(?<=,\s)among\s(?:them|those|which)",  # "peripherals, among them SSDs, fell …": examples of the item
    r"like",
    r"(?:mainly|mostly|largely|chiefly|primarily)(?=\s[a-z])",  # ", mainly parts,"
    # ", almost entirely memory chips,", ", nearly all of them displays,": what a partner's total consists of
    r"(?:almost|nearly|virtually)\s(?:entirely|exclusively|all\sof\s(?:them|it))(?=\s[a-z])",
]

# Figures given as bounds, not values: dropped when round ("surpassed $20 billion", "2천억불 상회").
THRESHOLD_BEFORE = [
    r"(?:to\s|been\s|remained\s|stayed\s|stood\s|fell\s|dropped\s|rose\s)?(?:above|below|under)",
    r"surpass(?:ed|ing|es)?",
    r"exceed(?:ed|ing|s)?",
    r"top(?:ped|ping|s)?",
    r"passed",
    r"broke",
    r"crossed",
    r"hit\sthe",
    r"past\sthe",
    r"approach(?:ed|es|ing)",  # "approached $7.5 billion": nearly reached, a bound like 육박
    r"near(?:ed|ing)",
]
THRESHOLD_AFTER = [
    r"[을를]?\s?(?:훌쩍\s|크게\s|살짝\s|조금\s|약간\s|가뿐히\s|단숨에\s)?(?:넘|돌파|상회|웃돌|웃도|밑돌|밑도|하회|육박|근접)",  # "80억 달러에
    # 육박했다": nearly reached, a bound ("10%를 훌쩍 넘는": past it, by an adverb)
    r"(?:\s?시대)?에\s?(?:진입|돌입)",  # "연 수출 500억달러에 진입", "…달러 시대에 돌입": entered a level, a bound
    r"\s?(?:선|고지|벽)(?:에|을|를|이|도)?\s",  # "500억 달러 선에 들어선 건 처음": a line reached, a bound
    r"이상",
    r"이하|미만",  # an eligibility cap ("수출실적 500만 달러 이하 기업"): a bound
    r"\s?가까이",  # "60% 가까이": nearly, a bound
    r"대(?:를|로|에|의|인|였|이었|이던|\s?(?:성장|증가|감소|급감|급증|하락|상승|기록|수준|후반|초반|중반)|\s?(?:수출|실적))",  # "10%대 성장",
    # "90억달러대 수출액", "40%대 급감", "1천억 달러대 후반": a range
    r"mark\b",
    r"milestone",
    r"threshold",
]

# Korean names a cause after the noun: "반도체 호조 여파", "반도체 등을 중심으로"; such a noun is no subject.
KO_CAUSE_AFTER = (  # (an adjective may stand after 의: "메모리의 꾸준한 강세와 …에 힘입어")
    r"^\s?(?:의\s?[가-힣]{1,4}[한은운용]\s|[은는이가의와과을를]\s?|향\s?)?(?:등\s?(?:[을를이가의]\s?)?)?"
    r"(?:호조|여파|덕분|덕에|영향|중심|위주|힘입|때문|수요|가격|업황|시황|단가|포함|제외|강세|약세|호황|불황|업고|타고|앞세|한파|훈풍|침체"
    r"|특수"
    r"|경기(?=\s?(?:하강|침체|둔화|회복|부진|악화|호조|위축|불황|반등|사이클|[의가는]\s))"  # "반도체 경기 하강의 직격탄"
    r"|부진(?=\s?(?:속|에도|에\s|으로|탓|여파)))"
)  # (a headline's "서버용 메모리 업고 17% 증가", "AI 반도체 타고 24% 껑충", "휴대폰 부진 속 1.5% 증가": what carried the total)
# ...or further on, when the noun carries no subject particle: "시스템 반도체 역대 최고 수출 기록 등으로"
# A noun listed as an example of a group: "휴대전화와 반도체, 디스플레이 등 주력 품목이"
KO_EXAMPLE_OF_GROUP = (  # (any adjective before the group's noun: "HBM 등 고부가 제품 수출이")
    r"^[^\d]{0,30}?\s등\s?(?:\d\s?[大대]\s?)?(?:주력|주요|핵심|ICT|다른|[가-힣]{2,5}(?=\s))?\s?"
    r"(?:수출\s?)?(?:품목|분야|제품|기기|부품)"
    r"|^[^\d]{0,30}?\s\d\s?[大대]\s?(?:주력|주요|핵심)?\s?(?:수출\s?)?(?:품목|분야|제품)"  # "… 휴대폰 3대 주력품목이"
)
KO_CAUSE_LATER = (
    r"^(?![은는이가도]|\s?(?:수출|수입|매출|판매|출하)(?:액|실적|량)?[은는이가도])[^\d]{0,45}?"
    r"(?:등으로|영향으로|효과로|덕분에|덕에|덕(?=\s)|때문에|탓에|힘입어|여파로|[을를]\s?중심으로|위주로|"
    r"[을를]\s?(?:발판|바탕)(?:으로|\s?삼아)|[을를]\s?앞세(?:워|운|우며)|\S\s?(?:장기화|우려|리스크|분쟁)에도|"
    r"등이\s?(?:늘|줄|증가하|감소하|확대되|축소되)(?:면서|며)|"  # "반도체와 정보기기 등이 늘면서 18.9% 증가": what grew
    r"(?:부진|호조|둔화|악화|회복|개선|수요(?:\s?(?:증가|감소|확대|둔화))?)(?:으로|로|에|세로)"
    # "디스플레이는 LCD 감소에 8.2% 뒷걸음", "반도체 반등에 17% 증가": a name's own turn as the cause (not "증가로 전환")
    r"|(?<=\s)(?:감소|증가|하락|상승|급감|급증|반등|꺾이|위축)(?:에|으로|로|며)(?=\s)(?!\s?(?:전환|돌아|반전))"
    r"|(?:감소|증가|하락|상승|부진|호조)세[가는이]?\s?(?:지속|이어지|계속)\S{0,3}(?:며|면서)"
    r"|(?:증가|감소|호조|부진|확대|둔화|회복)\s?에도(?:\s?불구하고)?"  # "부분품 수출 증가에도 불구하고"
    r"|(?:여건|상황|환경|악재)\s?(?:속\s?)?(?:에서도|에도)"  # "패널·메모리 가격 하락 등 어려운 여건에서도"
    # "중국 업체의 추격에", "대만 업체의 저가 공세에": the rivals named, not the market
    r"|(?:추격|공세|추월|약진|견제|경쟁)(?:에|으로|로)(?!서|게)"
    r"|(?:지|되|하|늘|줄)자(?=\s)"  # "스마트폰 경쟁이 격해지자": what happened, then what it led to
    # "중국·베트남 수출 확대로 3.0% 증가": the exports' growth is the reason (not "증가로 전환", a turn)
    r"|(?:수출|수입|출하|선적)\s?(?:증가|감소|확대|축소|급증|급감|회복|개선)(?:으로|로)(?!\s?(?:전환|돌아|반전)))"
)
# Approximate figures: kept only when nothing more exact is given for the same fact.
APPROXIMATE_BEFORE = [
    r"more\sthan",
    r"less\sthan",
    r"nearly",
    r"almost",
    r"around",
    r"about",
    r"approximately",
    r"roughly",
    r"some",
    r"over",
    r"slightly\s(?:over|above|below|under)",
    r"just\s(?:over|above|below|under)",
    r"a\s(?:little|bit|touch|shade|tad)\s(?:over|above|below|under)",  # "to a little under $8.6 billion": about
    r"close\sto",
    r"just\sshy\sof",
    r"약",
]
