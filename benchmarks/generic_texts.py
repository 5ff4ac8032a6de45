"""Invented article texts (our own words and figures) for the site-style corpus in generic_sites.py.

Each article is a title and its main text as blocks: a plain string is a paragraph, ("h", text) a subhead,
("ul", [items]) a list, ("table", [[cells]]) a table whose first row is the header. Topics and lengths
vary on purpose (briefs, features, releases, reviews, forum posts; English and Korean).
"""

from __future__ import annotations

Block = str | tuple[str, object]

ARTICLES: list[dict[str, object]] = [
    {
        "key": "harbour_cranes",
        "lang": "en",
        "title": "Port of Ulsan orders six electric cranes to cut idling emissions",
        "blocks": [
            "The port authority in Ulsan has signed a contract for six battery-electric gantry cranes, replacing "
            "diesel units that have worked the container berths since the late 1990s.",
            "Officials said the new cranes will draw power from a substation built next to the north terminal and "
            "recover energy when lowering loads, trimming electricity use by about a fifth.",
            "Delivery is planned in two batches, the first of three cranes arriving next spring and the rest before "
            "the typhoon season of the following year.",
            "Dock workers' representatives welcomed the quieter machines but asked for retraining time, noting that "
            "the control cabins and remote operation panels differ from the old models.",
            "The authority estimates the switch will remove roughly 4,200 tonnes of carbon dioxide a year, about as "
            "much as 900 passenger cars emit.",
        ],
    },
    {
        "key": "library_hours",
        "lang": "en",
        "title": "City libraries extend weekend opening hours",
        "blocks": [
            "All eleven branches of the municipal library will stay open until 8 p.m. on Saturdays and Sundays "
            "from the first of next month, the culture office announced.",
            "The change follows a survey in which nearly two thirds of card holders said they could only visit on "
            "weekends, when most branches currently close at five.",
            "Extra hours will be covered by twenty part-time staff hired under a youth employment programme.",
        ],
    },
    {
        "key": "chip_tools_feature",
        "lang": "en",
        "title": "Why chip equipment makers are betting on advanced packaging",
        "blocks": [
            "For most of the last decade, the story of semiconductor equipment was about shrinking transistors. "
            "That story has not ended, but a second one has started to pull in as much money: how chips are "
            "stacked and wired together after they leave the wafer fab.",
            ("h", "From afterthought to bottleneck"),
            "Packaging used to be the cheap, low-margin end of the industry, often handed to subcontractors in "
            "lower-cost countries. High-bandwidth memory changed that. Each stack now needs thousands of vertical "
            "connections, and a single misaligned layer can scrap the whole unit.",
            "Suppliers of bonding machines say their order books have roughly doubled in eighteen months, with "
            "lead times stretching past nine months for the most precise tools.",
            ("h", "Who gains"),
            "Three groups of companies stand to benefit, according to analysts interviewed for this piece:",
            (
                "ul",
                [
                    "makers of thermal compression and hybrid bonding equipment",
                    "inspection firms that measure warpage and void rates in stacked dies",
                    "materials suppliers selling underfill and temporary bonding adhesives",
                ],
            ),
            "Not everyone is convinced the boom will last. One fund manager compared the rush to the solar "
            "equipment cycle of 2010, when capacity overshot demand within two years.",
            "Still, the engineers we spoke to were unanimous on one point: the next gains in computing power will "
            "come as much from the package as from the transistor.",
        ],
    },
    {
        "key": "rainfall_warning",
        "lang": "en",
        "title": "Heavy rain warning issued for southern coast",
        "blocks": [
            "The weather agency raised a heavy rain warning for the southern coast on Thursday evening, forecasting "
            "up to 150 millimetres overnight in mountain areas.",
            "Ferry services to three islands were suspended and two hiking trails in the national park were closed "
            "as a precaution.",
        ],
    },
    {
        "key": "ict_trade_release",
        "lang": "en",
        "title": "ICT exports up for the ninth straight month in October",
        "blocks": [
            "Exports of information and communication technology products totalled 22.7 billion dollars in October, "
            "up 9.4 percent from a year earlier, extending the rising streak to nine months.",
            "Imports of ICT goods rose 3.1 percent to 12.9 billion dollars, leaving a trade surplus of 9.8 billion "
            "dollars for the month.",
            (
                "table",
                [
                    ["Item", "Exports (USD bn)", "Change (%)"],
                    ["Semiconductors", "14.1", "18.6"],
                    ["Displays", "1.9", "-4.2"],
                    ["Mobile phones", "1.2", "7.7"],
                    ["Computers and peripherals", "1.4", "2.5"],
                ],
            ),
            "By destination, shipments to Vietnam increased 11.0 percent while those to China edged down "
            "0.8 percent, the ministry said.",
            "The ministry expects memory prices to stay firm through the end of the year on demand from data "
            "centre operators.",
        ],
    },
    {
        "key": "bike_review",
        "lang": "en",
        "title": "Review: a folding e-bike that fits under a desk",
        "blocks": [
            "I rode the Quill Fold 2 to work for three weeks, through two rainstorms and one unfortunate encounter "
            "with a tram rail. It survived all of them better than I did.",
            "Folded, the bike is about the size of a large suitcase and weighs 16 kilograms, which is manageable on "
            "stairs but not something you want to carry for long.",
            "The motor gives a gentle push rather than a shove. On the steepest hill on my route I still had to "
            "stand on the pedals, but I arrived without needing a change of shirt.",
            "Battery life matched the claim of around 45 kilometres in the middle assist setting. The charger is "
            "small enough to leave in a backpack.",
            "My complaints are minor: the bell is too quiet and the kickstand wobbles on uneven pavement.",
            "Verdict: a sensible commuter for people with small flats and short rides. Four out of five.",
        ],
    },
    {
        "key": "school_meals",
        "lang": "en",
        "title": "Province to fund free breakfast at 120 schools",
        "blocks": [
            "The provincial education office will pay for breakfast at 120 primary schools from March, covering "
            "about 31,000 pupils in the first year.",
            "Schools will serve rice porridge, fruit and milk three days a week, and a full meal on the other two.",
            "A pilot at nine schools last year found attendance in the first lesson rose and fewer pupils visited "
            "the nurse before lunch, the office said.",
            "Parents' groups asked that menus be published a month ahead so families with allergies can plan.",
        ],
    },
    {
        "key": "display_plant",
        "lang": "en",
        "title": "Display maker converts Gumi line to car screens",
        "blocks": [
            "A display manufacturer will convert one of its older production lines in Gumi to make screens for "
            "vehicle dashboards, shifting away from the shrinking market for laptop panels.",
            "The company said the conversion would cost about 280 billion won and take fourteen months, after "
            "which the line could turn out 1.5 million automotive panels a year.",
            "Car screens are larger and more profitable than they were five years ago, with some models now "
            "carrying displays that stretch across the full width of the cabin.",
            "Workers on the line will be moved to other plants during the refit, and no job cuts are planned, a "
            "spokesperson said.",
        ],
    },
    {
        "key": "forum_router",
        "lang": "en",
        "title": "Router drops connection every evening around 9 pm",
        "forum": True,
        "blocks": [
            "Since last week my home router loses the internet connection almost every evening at about nine and "
            "comes back after ten minutes. The lights stay green the whole time. Has anyone seen this?",
            "Sounds like the channel gets crowded when everyone in the building starts streaming. Try switching "
            "the 2.4 GHz band to a fixed channel instead of automatic.",
            "I had the same pattern and it turned out to be a scheduled firmware check. Look in the maintenance "
            "menu for an update window and move it to the early morning.",
            "Thanks both. The update window was set to 21:00. Moved it to 04:00 and the last three evenings were fine.",
        ],
    },
    {
        "key": "museum_reopens",
        "lang": "en",
        "title": "Folk museum reopens after two-year renovation",
        "blocks": [
            "The regional folk museum reopened on Saturday with a new wing for farming tools and a rebuilt "
            "courtyard where visitors can try traditional games.",
            "The renovation replaced the leaking roof and added lifts to every floor, making the whole building "
            "accessible to wheelchair users for the first time.",
            "Entry remains free. The museum is closed on Mondays.",
        ],
    },
    {
        "key": "battery_recycling",
        "lang": "en",
        "title": "Battery recyclers struggle with a glut of scrap",
        "blocks": [
            "Recycling plants built to recover lithium, nickel and cobalt from old electric-car batteries are "
            "running below capacity, not because scrap is scarce but because metal prices have fallen so far that "
            "processing it barely pays.",
            "One plant manager said his site was working at 40 percent of its design rate and storing the rest of "
            "the incoming black mass in a warehouse until prices recover.",
            "The industry had planned for a wave of end-of-life batteries in the late 2020s. Instead, most scrap "
            "today comes from factory rejects, which are cleaner and easier to process.",
            "Analysts expect consolidation. Smaller recyclers without long-term supply contracts with carmakers "
            "are the most exposed, they say.",
            "The government is considering a deposit scheme that would guarantee recyclers a steady flow of "
            "used packs regardless of metal prices.",
        ],
    },
    {
        "key": "telecom_tariff",
        "lang": "en",
        "title": "Carriers to offer cheaper 5G plans for older users",
        "blocks": [
            "The three mobile carriers agreed to launch 5G plans priced below 30,000 won a month for subscribers "
            "aged 65 and over, the communications regulator said.",
            "The plans include 10 gigabytes of data and unlimited calls, and will be available in stores and "
            "online from the middle of next month.",
            "Consumer groups said the offer was a step forward but that data allowances remained small compared "
            "with plans for younger users.",
        ],
    },
    {
        "key": "marathon_results",
        "lang": "en",
        "title": "Local runner wins city marathon in record time",
        "blocks": [
            "A 27-year-old physiotherapist from the city's east side won the spring marathon on Sunday in "
            "2 hours 11 minutes 48 seconds, a course record by almost a minute.",
            "She broke away from the lead group at the 30-kilometre mark, on the long climb past the river park, "
            "and was never caught.",
            (
                "table",
                [
                    ["Place", "Runner", "Time"],
                    ["1", "H. Baek", "2:11:48"],
                    ["2", "M. Ortega", "2:12:35"],
                    ["3", "S. Lindqvist", "2:13:02"],
                ],
            ),
            "About 14,000 people started the race in cool, dry weather. Organisers reported no serious injuries.",
        ],
    },
    {
        "key": "ministry_cloud_policy",
        "lang": "en",
        "title": "Ministry sets out plan to move public services to private cloud",
        "blocks": [
            "The science and ICT ministry on Wednesday announced a five-year plan to move most central government "
            "information systems to certified private cloud services.",
            "Under the plan, about 1,500 systems will be migrated by 2030, starting with those that handle no "
            "personal data, such as statistics portals and event booking pages.",
            "Agencies will be required to publish a migration schedule by the end of this year and report progress "
            "every six months.",
            (
                "ul",
                [
                    "Phase one (this year and next): 300 low-risk systems",
                    "Phase two: 700 systems including internal administration",
                    "Phase three: remaining systems after a security review",
                ],
            ),
            "The ministry said the move would cut operating costs by an estimated 18 percent and shorten the time "
            "needed to launch new services.",
            "For inquiries, contact the cloud policy division.",
        ],
    },
    {
        "key": "startup_funding",
        "lang": "en",
        "title": "Translation startup raises 12 billion won",
        "blocks": [
            "A Seoul startup that builds translation tools for online sellers has raised 12 billion won in a "
            "series B round led by two domestic venture funds.",
            "The company said it would use the money to add Indonesian and Thai, and to hire engineers for its "
            "office in Ho Chi Minh City.",
            "Its software translates product pages and customer messages, and now serves about 6,000 shops, up "
            "from 1,800 a year ago.",
        ],
    },
    {
        "key": "recipe_blog",
        "lang": "en",
        "title": "Weeknight soy-glazed mushrooms",
        "blocks": [
            "This is the dish I make when the fridge is nearly empty and everyone is hungry. It takes twenty "
            "minutes and works with almost any mushroom.",
            ("h", "Ingredients"),
            (
                "ul",
                [
                    "400 g mixed mushrooms, torn into large pieces",
                    "2 tablespoons soy sauce",
                    "1 tablespoon rice syrup or honey",
                    "2 cloves garlic, sliced",
                    "a handful of spring onions",
                ],
            ),
            ("h", "Method"),
            "Heat a wide pan until very hot and add the mushrooms without oil. Let them sit for three minutes "
            "before stirring, so they brown instead of steaming.",
            "Add a spoon of oil and the garlic, then the soy sauce and syrup. Toss until the glaze coats every "
            "piece and turns sticky.",
            "Finish with spring onions and serve over rice.",
        ],
    },
    {
        "key": "ko_semiconductor",
        "lang": "ko",
        "title": "반도체 수출 호조에 11월 ICT 수출 8% 증가",
        "blocks": [
            "11월 정보통신기술(ICT) 수출이 반도체 호조에 힘입어 지난해 같은 달보다 8.1% 늘어난 213억 달러를 "
            "기록했다고 과학기술정보통신부가 밝혔다.",
            "반도체 수출은 고대역폭메모리 등 고부가 제품 수요가 이어지면서 17.2% 증가한 131억 달러로 집계됐다.",
            "반면 디스플레이는 패널 가격 하락 영향으로 5.6% 줄었고, 휴대폰은 부분품 수출이 늘며 소폭 증가했다.",
            "수입은 121억 달러로 2.4% 늘었으며, 무역수지는 92억 달러 흑자를 나타냈다.",
            "정부는 연말까지 메모리 가격 상승세가 이어질 것으로 보고 수출 증가세가 유지될 것으로 내다봤다.",
        ],
    },
    {
        "key": "ko_local_festival",
        "lang": "ko",
        "title": "강변 야시장, 올해는 금요일에도 연다",
        "blocks": [
            "매년 여름 토요일마다 열리던 강변 야시장이 올해부터 금요일 저녁에도 문을 연다.",
            "구청은 지난해 방문객이 38만 명으로 집계되는 등 인기가 높아 운영일을 늘리기로 했다고 설명했다.",
            "판매 부스는 120개에서 150개로 늘어나며, 이 가운데 30개는 청년 창업자에게 우선 배정된다.",
            "야시장은 6월 첫째 주부터 10월 말까지 오후 6시부터 11시까지 운영된다.",
        ],
    },
    {
        "key": "ko_ministry_release",
        "lang": "ko",
        "title": "정보통신산업 수출입 동향 (2024년 9월)",
        "blocks": [
            "과학기술정보통신부는 2024년 9월 정보통신산업 수출액이 224억 달러로 전년 동월 대비 10.2% 증가했다고 "
            "발표했다.",
            "수입액은 125억 달러로 5.1% 증가했으며, 무역수지는 99억 달러 흑자를 기록했다.",
            (
                "table",
                [
                    ["품목", "수출액(억 달러)", "증감률(%)"],
                    ["반도체", "139", "20.3"],
                    ["디스플레이", "18", "-3.9"],
                    ["휴대폰", "11", "6.4"],
                    ["컴퓨터·주변기기", "14", "1.2"],
                ],
            ),
            "지역별로는 베트남과 미국으로의 수출이 늘었고, 중국 수출은 전년 수준을 유지했다.",
            "문의: 정보통신산업정책과",
        ],
    },
    {
        "key": "ko_blog_camera",
        "lang": "ko",
        "title": "중고 필름 카메라 처음 샀을 때 확인할 것들",
        "blocks": [
            "필름 카메라를 처음 중고로 사려는 분들이 많이 물어보셔서 제가 확인하는 순서를 정리해 봤습니다.",
            "먼저 셔터 속도를 바꿔 가며 여러 번 눌러 보세요. 느린 속도에서 소리가 끊기거나 멈추면 수리가 필요합니다.",
            "다음은 렌즈입니다. 빛에 비춰 보았을 때 곰팡이 자국이나 뿌연 부분이 있으면 "
            "가격을 다시 흥정하는 게 좋습니다.",
            "노출계는 배터리를 넣고 휴대폰 앱과 비교해 보면 대략 맞는지 알 수 있습니다.",
            "마지막으로, 판매자가 필름을 한 롤 찍어 본 결과물을 보여줄 수 있는지 물어보세요. 그게 가장 확실합니다.",
        ],
    },
    {
        "key": "ko_brief_weather",
        "lang": "ko",
        "title": "내일 전국 흐리고 비…낮 기온 평년보다 낮아",
        "blocks": [
            "내일은 전국이 흐리고 오전부터 비가 내리겠다. 예상 강수량은 10~40㎜다.",
            "낮 최고기온은 15~21도로 평년보다 조금 낮겠으며, 비는 모레 새벽 대부분 그칠 전망이다.",
        ],
    },
    {
        "key": "ko_forum_phone",
        "lang": "ko",
        "title": "휴대폰 배터리가 갑자기 빨리 닳아요",
        "forum": True,
        "blocks": [
            "업데이트 이후로 배터리가 반나절도 안 가는데 저만 그런가요? 화면 밝기는 그대로입니다.",
            "설정에서 배터리 사용량을 보시면 어떤 앱이 많이 쓰는지 나와요. "
            "저는 지도 앱이 백그라운드에서 계속 돌고 있었어요.",
            "업데이트 직후 며칠은 색인 작업 때문에 원래 더 닳습니다. 일주일 정도 지켜보세요.",
        ],
    },
    {
        "key": "earnings_brief",
        "lang": "en",
        "title": "Electronics parts maker posts record quarterly profit",
        "blocks": [
            "A maker of multilayer ceramic capacitors reported third-quarter operating profit of 198 billion won, "
            "up 46 percent from a year earlier and the highest in its history.",
            "Revenue rose 21 percent to 2.6 trillion won on orders from server and automotive customers.",
            "The company said demand for components used in AI servers would keep utilisation high into next year.",
        ],
    },
    {
        "key": "live_blog_election",
        "lang": "en",
        "title": "Live: counting under way in by-elections",
        "blocks": [
            "21:40 - Turnout across the five districts reached 41.2 percent, higher than the last by-elections "
            "but well below a general election.",
            "21:15 - In the northern district, the ruling party candidate leads by about 3,000 votes with a "
            "quarter of ballots counted.",
            "20:50 - Counting has started at all polling centres. The first results are expected within the hour.",
            "20:30 - Polls have closed. Election officials said voting passed without major incidents, apart from "
            "a delayed opening at one school in the coastal district.",
        ],
    },
    {
        "key": "press_wire_launch",
        "lang": "en",
        "title": "Nordvale launches compact industrial sensor for humid plants",
        "blocks": [
            "Nordvale Instruments today introduced the HX-40, a compact humidity and temperature sensor designed "
            "for food processing plants and paper mills where condensation shortens the life of standard probes.",
            "The sensor housing is sealed to IP69K and the measuring element recovers from full saturation in "
            "under two minutes, the company said.",
            '"Our customers told us they replace sensors every few months in wash-down areas," said the '
            'company\'s product director. "The HX-40 is built to last years in the same place."',
            "The HX-40 is available now through Nordvale's distributors in Europe and Asia.",
            "About Nordvale Instruments: Nordvale designs measurement equipment for process industries and employs "
            "about 400 people in four countries.",
        ],
    },
    {
        "key": "housing_prices",
        "lang": "en",
        "title": "Apartment prices in the capital rise for a fifth week",
        "blocks": [
            "Apartment prices in the capital rose 0.12 percent last week, the fifth weekly gain in a row, "
            "according to the property board.",
            "Prices in the three southern districts rose fastest, while several northern districts were flat.",
            "Rents also edged up as fewer new apartments were completed this year than in any of the past ten.",
            "The finance ministry said it would watch lending closely and did not rule out tighter loan limits.",
        ],
    },
]
