//! Every regular expression of reportlens, in one place, each compiled once.
//!
//! Patterns run against the normalised view ([`crate::clean::Doc::norm`]): full-width ASCII is
//! already half-width, so `(` stands for `（` too, `,` for `，` and `:` for `：`.
//! The crate uses `regex` with only `std` and `unicode-perl` (the wasm build's feature set):
//! `\d`, `\s` and `\w` are Unicode-aware, `\p{Han}` is not available, so Chinese ranges are
//! written out. [`all`] lists every pattern so a test can compile each one.

use regex::Regex;
use std::sync::LazyLock;

/// Verbs and time words that end a name following a count.
macro_rules! forward_stops {
    () => {
        "完成|实现|建成|开工|投运|投产|投用|入选|获评|获批|落户|签约|通过|启用|列入|纳入|成功|全部|全面|均|年度|累计|\
         总投资|达到|达|增长|实施|开展|被|成为|已|正在|正式|顺利|加快|有序|同比|共|合计|开业|开园|竣工|揭牌|运营|\
         上榜|连续|建设|创建|认定|上半年|下半年|全年|年内|年底|当年|进度|用于|带动|惠及|覆盖|参与|\
         获得|荣获|进入|保持|位列|位居|提供|承担|分别|各|占|比|较|为|是|将|要|进一步|持续|稳步|有效|先后|陆续|\
         首次|率先|超额|实际|正常|通过验收|验收"
    };
}

/// Verbs that open a clause before the name of what was done.
macro_rules! name_verbs {
    () => {
        "完成|实现|新增|新建|新认定|认定|建成|开展|发放|购买|引进|招引|引育|引留|举办|承办|拥有|接待|组织|申报|\
         推进|落实|争取|用好|培育|打造|创建|确保|力争|达到|实施|推动|启动|提供|办理|设立|设置|帮助|带动|吸引|扶持|\
         帮扶|化解|清退|关停|腾退|盘活|节约|减免|核减|审核|排查|查处|惠及|吸纳|开通|开设|筹集|兑现|拨付|争创|获批|\
         获得|获评|入选|新签约|签约|集聚|孵化|制定|出台|发布|受理|办结|上线|登记|购置|投放|种植|整合|推出|达成|\
         落地|安置|发展|开发|建设|规范提升|淘汰|升级改造|累计发放|累计完成|谋划|策划|储备|实施"
    };
}

macro_rules! patterns {
    ($( $(#[$doc:meta])* $name:ident = $re:expr; )*) => {
        $( $(#[$doc])* pub static $name: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new($re).expect(concat!("pattern ", stringify!($name), " compiles"))
        }); )*
        /// Every pattern with its name, for the test that compiles them all.
        pub fn all() -> Vec<(&'static str, &'static LazyLock<Regex>)> {
            vec![$( (stringify!($name), &$name) ),*]
        }
    };
}

patterns! {
    // ---------------------------------------------------------------- clean: page chrome

    /// Forum post headers, user cards and reply boxes: `查看: 66|回复: 0`, `发表于 2024-5-10`,
    /// `TA的每日心情`, `Rank: 7`, `[LV.9]`, a lone `积分` / `帖子` / `主题`.
    CHROME_FORUM = r"(?x)
        发表于 | 只看该作者 | 显示全部楼层 | 阅读模式 | 复制链接 | 倒序浏览 | 电梯直达 | 楼主 | 本版积分规则
        | 快速回复 | 后才可以回帖 | 立即注册 | TA的每日心情 | 签到天数 | Rank:\s*\d | \[LV\.\d
        | 查看:\s*\d+\s*\|\s*回复 | ^(积分|帖子|主题|精华|版主|管理员|注册会员|金币|威望|贡献)$";

    /// Page information lines: `来源:`, `发布时间:`, `浏览次数:`, `索 引 号:`, `字号:【大 中 小】`.
    CHROME_PAGE_INFO = r"(?x)
        (来\s*源|信息来源|文章来源|发布时间|发布日期|发文日期|成文日期|生成日期|公开日期|更新时间|浏览次数|浏览量
         |阅读次数|阅读量|点击数|点击量|点击次数|访问量|字\s*号|索\s*引\s*号|发布机构|发文机关|文件编号|主题分类
         |内容概述|责任编辑|编辑|作者|时间)\s*:
        | \[\s*大\s*中\s*小\s*\] | 【\s*大\s*中\s*小\s*】 | 字体\s*:?\s*大\s*中\s*小";

    /// Buttons: `打印此页关闭窗口`, `【打印本页】`, `上一篇`, `返回顶部`, `分享到:`, `扫一扫`.
    CHROME_ACTIONS = r"(?x)
        打印(本页|此页|该页|文章|正文)? \s* [\]】]? \s* [\[【]? \s* 关闭 | 打印(本页|此页|该页) | 关闭(窗口|本页|此页)
        | [\[【]\s*(打印|关闭|收藏|纠错|返回|顶部)\s*[\]】] | ^(打印|关闭|返回|收藏|分享)$
        | 上一篇 | 下一篇 | 上一条 | 下一条 | 返回(顶部|列表|首页) | 回到顶部 | 分享到 | 扫一扫 | 确认删除";

    /// Site navigation: breadcrumbs, login, accessibility and site-wide links.
    CHROME_NAVIGATION = r"(?x)
        您(当前)?(所在)?的?位置 | 当前位置 | 首页\s*[>»] | 设为首页 | 收藏本站 | 加入收藏 | 用户登录 | 无障碍 | 适老版
        | 欢迎您 | 网站地图 | 添加.{0,10}到(电脑)?桌面 | 快捷访问 | 电脑桌面 | 搜索资料 | 我的下载 | 会员中心
        | ^(img|image|首页|登录|注册|搜索)$";

    /// Footers: copyright, ICP and police record numbers, contact lines, download-site notices.
    CHROME_FOOTER = r"(?x)
        版权所有 | (?i-u:copyright) | © | ICP备 | ICP证 | 公网安备 | 公安(部)?备案 | 网站标识码 | 主办单位 | 承办单位
        | 技术支持 | 联系我们 | (?i-u:powered\s+by) | 建议使用.{0,20}浏览器 | 分辨率 | 付费 | 下载文档 | (?i-u:vip)
        | 联系客服 | 客服(微信|QQ|中心|电话) | 违规举报 | 本站 | 网友上传 | 在线(咨询|时间|客服) | 联系电话\s*:";

    /// Head lines that are part of the document: titles, labelled headings, the table of
    /// contents marker, meeting/date lines, speakers, salutations, addressees, notes in brackets.
    HEAD_KEEP = r"(?x)
        (报告|总结|计划|要点|方案|通知|意见|规划|纲要|决定|公报|讲话|安排|目标|任务)\s*(\(.{0,20}\))?$ | 关于
        | ^(提\s*纲|目\s*录)\s*:?$ | 在.{2,40}(会议|大会)上 | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日
        | (市长|区长|县长|镇长|乡长|省长|州长|旗长|主任|书记|主席)\s*\S{1,4}\s*\S?$ | ^(各位代表|同志们|各位委员)
        | :$ | ^\(.*\)$ | ^——
        | ^(第[一二三四五六七八九十]+(部分|章|篇)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])";

    // ---------------------------------------------------------------- outline

    /// A heading label at the start of a line, one named group per family:
    /// `第一部分` (part), `一、` (cn), `(一)` (cnp), `1.` / `1、` (ar, not `1.5`), `(1)` (arp),
    /// `①` (circ), `附件1` (app).
    HEADING_LABEL = r"(?x)^(?:
          第(?P<part>[一二三四五六七八九十]+)(?:部分|章|篇)\s*[、.:]?
        | (?P<cn>[一二三四五六七八九十]{1,3})\s*[、.]
        | \(\s*(?P<cnp>[一二三四五六七八九十]{1,3})\s*\)\s*[、.]?
        | (?P<ar>\d{1,2})\s*(?:、|\.)
        | \(\s*(?P<arp>\d{1,2})\s*\)\s*[、.]?
        | (?P<circ>[①-⑳])\s*[、.]?
        | 附\s*件\s*(?P<app>\d{1,2})?\s*[:.]?
        )\s*";

    /// The line that opens a table of contents: `提纲:`, `目录`, `目 录`.
    TOC_MARKER = r"^(提\s*纲|目\s*录)\s*:?$";

    /// A page number closing a table-of-contents entry: `……3`, `...12`.
    TOC_PAGE_NUMBER = r"(\.{3,}|…+|-{3,}|\s{2,})\s*\d+\s*$";

    /// At least one CJK ideograph.
    HAS_HAN = r"[\x{4E00}-\x{9FFF}]";

    /// Standalone short lines that are not headings: sentences, bullets (——), dates, notes in
    /// brackets, signatures, document titles and salutations.
    NOT_UNLABELLED_HEADING = r"(?x)
        [,。;:!?、]$ | 。 | ^[—-] | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日 | ^[二〇○零一两三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月
        | ^\(.*\)$ | ^\[.*\]$ | (人民政府|政府|委员会|办公室|办公厅|人大常委会)$ | (报告|方案|通知|意见|纲要|决定|公报|讲话|通报)$
        | ^(各位|同志们|注\s*:|附\s*件) | ^[\d\s.%*]+$ | 关于";

    /// Words of a plan: what will be done (今年, 今后, 我们要, 将, 力争).
    PLAN_CUE = r"今年|今后|明年|下一步|我们要|要以|将|力争|确保|总体要求|指导思想|新征程|奋力";

    /// Words of a review: what was done (过去, 一年来, 完成, 取得).
    REVIEW_CUE = r"过去|一年来|五年来|完成了|实现了|取得了|成绩|回顾";

    /// Tail lines that are part of the document: a signing body, a date, attachments, notes.
    TAIL_KEEP = r"(?x)
        (人民政府|政府|委员会|办公室|办公厅|局)$ | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$
        | ^[二〇○零一两三四五六七八九]{4}年 | ^附件 | ^(注|说明|备注)\s*:";

    // ---------------------------------------------------------------- meta

    /// A word that titles a document: 政府工作报告, 工作总结, 实施方案, 的通知...
    TITLE_WORD = r"政府工作报告|工作报告|工作总结|工作计划|工作要点|工作安排|实施方案|方案|总结|计划|要点|通知|意见|规划|纲要";

    /// The opening of a notice's title: 关于印发...
    TITLE_START = r"^[\x{4E00}-\x{9FFF}]{0,12}关于";

    /// A title's last word (checked on the original text: no full-width folding).
    TITLE_END = r"(报告|总结|计划|要点|安排|方案|通知|意见|规划|纲要|决定|公报|讲话)\s*$";

    /// What sites wrap around a title, on the original text: `[江苏] `, `(20230105)`,
    /// `VIP免费`, ` - 某某网`.
    TITLE_DECORATION = r"(?x)
        ^\s*[\[【［][^\]】］]{1,8}[\]】］]\s* | \s*[(（]\d{8}[)）] | \s*(?:VIP|ＶＩＰ)?\s*免费(?:下载)?\s*$ | \s*(?:VIP|ＶＩＰ)\s*$
        | \s*[-_|–—]\s*[^-_|–—]{1,20}(?:网|文库|频道|官网)\s*$";

    /// Titles of task breakdowns: 任务分解, 责任分工, 任务清单.
    TYPE_BREAKDOWN = r"分解|分工|任务清单|责任清单|台账";

    /// Titles of plans: 工作计划, 工作要点, 工作安排.
    TYPE_PLAN = r"计划|要点|安排|打算|思路";

    /// The place a title names before (or after) its year: `太仓市2023年政府工作报告` →
    /// 太仓市, `2024年苏州市吴江区政府工作报告` → 苏州市吴江区政府, `区人民政府2022年...` → 区人民政府.
    TITLE_REGION = r"^(?:(?:\d{4}|[二〇○零一两三四五六七八九]{4})年度?)?(?P<region>[^\d年,、:()\s]{1,20}?(?:人民政府|政府)?)(?:关于|\d{4}年|[二〇○零一两三四五六七八九]{4}年|政府工作|工作报告|工作总结)";

    /// The meeting line: `2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上`.
    MEETING_LINE = r"在(?P<meeting>[^,。;]{2,60}?(?:会议|大会))上";

    /// Who the speaker reports for: `我代表吴江区人民政府`.
    SPEAKING_FOR = r"我代表(?P<body>[\x{4E00}-\x{9FFF}]{1,20}?(?:人民政府|政府))";

    /// The publisher in a page-info line: `发布机构: 吴中区临湖镇`.
    PAGE_INFO_ISSUER = r"^(?:发布机构|发文机关|发布单位|信息来源|来\s*源)\s*:\s*(?P<value>[\x{4E00}-\x{9FFF}()]{2,30}(?:省|自治区|市|区|县|镇|乡|街道|旗|政府|办公室|委员会|管委会))\s*$";

    /// The date in a page-info line: `生成日期: 2023-01-17`.
    PAGE_INFO_DATE = r"^(?:成文日期|发布日期|发文日期|公开日期|生成日期|发布时间|印发日期|日\s*期)\s*:\s*(?P<value>.{6,30})$";

    /// The source in a page-info line: `来源: 临江市人民政府办公室`.
    PAGE_INFO_SOURCE = r"(?:来\s*源|信息来源|发布机构)\s*:\s*(?P<value>[\x{4E00}-\x{9FFF}]{2,30})";

    /// An issuer without its place: `市人民政府`, `区政府`.
    BARE_ISSUER = r"^(?P<level>省|市|区|县|镇|乡|州)(?:人民政府|政府)$";

    /// Characters spaced out for display: `政 府 工 作 报 告`.
    SPACED_OUT = r"^[\x{4E00}-\x{9FFF}](?:\s+[\x{4E00}-\x{9FFF}]){3,}$";

    /// A year: `2023年`, `二〇二三年`.
    YEAR = r"(?P<year>\d{4}|[二〇○零一两三四五六七八九]{4})\s*年";

    /// A full date: `2024年1月9日`, `二〇二四年一月九日`, `2024-01-09`, `2024.1.9`.
    DATE = r"(?P<y>\d{4}|[二〇○零一两三四五六七八九]{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*日|\b|$)";

    /// A date written `(20230105)`, as download sites do after a title.
    COMPACT_DATE = r"\((?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\)";

    /// A signing body alone on a line: `苏州市吴江区人民政府`.
    SIGNATURE_BODY = r"^[\x{4E00}-\x{9FFF}()]{2,30}(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|署|管委会|中心)$";

    /// A name that ends as a place does.
    ADMIN_SUFFIX = r"(?:省|自治区|市|区|县|镇|乡|街道|旗|州|盟)$";

    /// The organisational part of an issuer, dropped to get its place.
    ISSUER_SUFFIX = r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|人大常委会|[\x{4E00}-\x{9FFF}]{1,6}(?:局|厅|委|署|中心))$";

    /// One administrative unit: `苏州市`, `吴江区`, `临湖镇`.
    REGION_UNIT = r"[\x{4E00}-\x{9FFF}]{1,8}?(?:自治区|自治州|省|市|区|县|镇|乡|街道|旗)";

    /// A speaker line: `区长  王国荣`, `代市长 张三`.
    SPEAKER = r"^[\x{4E00}-\x{9FFF}]{0,12}?(?:省长|市长|区长|县长|州长|旗长|镇长|乡长|主任|书记|主席|盟长)\s*(?P<name>[\x{4E00}-\x{9FFF}](?:\s*[\x{4E00}-\x{9FFF}]){1,3})$";

    // ---------------------------------------------------------------- indicators

    /// Words that make a percentage a share: 率, 比重, 占比, 比例, 覆盖 (`空气优良天数比率`).
    SHARE_WORD = r"率|比重|占比|比例|占|份额|覆盖|达标|合格|满意度|普及|优良|贡献度";

    /// What cannot start the noun after a count: function words, verbs, time words
    /// (`3家的`, `10人成功捐献`, `5家以上`).
    NOT_FORWARD_NAME = concat!(r"^(?:以上|以下|以内|左右|的|和|及|与|等|次|余|多|之|以|来|内|后|前|间|中|上|下|亿|万|或|至|到|增加|提高|提升|下降|减少|降低|上升|增至|降至|扩大|缩小|",
        forward_stops!(), ")");

    /// Where the noun after a count ends: a verb or a time word (`185个产业项目签约` → 产业项目).
    FORWARD_STOP = concat!("^(?:", forward_stops!(), ")");

    /// Nouns that end a name; what follows the last one is dropped (`5个在建项目进度` → 在建项目).
    HEAD_NOUN = r"项目|企业|公司|工厂|车间|中心|基地|园区|集中区|示范区|片区|小区|社区|学校|幼儿园|医院|村庄|自然村|站|场所|机构|平台|载体|工程|河道|道路|公园|农场|品牌|乡村|街道|设施|场馆|市场|泊位|桥梁|学位|床位|岗位|基金|楼宇|示范点|试点|案例|专利|产品|场景|名录|榜单|合作社|候车亭|公厕|住房|安置房";

    /// What ends a name but is not part of it: qualifiers, change words, fillers
    /// (`一般公共预算收入同口径增长` → 一般公共预算收入).
    NAME_TRAILING = r"(?:(?:由|从|比|较|是|为)?\d{4}年(?:底|末)?的?|由|从|下降至|下降到|降低至|降低到|减少到|减少至|提升到|提升至|增长到|增长至|同比|同口径|比上年|较上年|比去年|较去年|年均|分别为|分别|均为|均|各|共计|共|合计|总计|累计|达到|达|为|是|了|约|近|超过|超|逾|突破|不低于|不少于|将近|接近|大约|力争|控制在|保持在|稳定在|提高到|提高至|增至|增加到|降至|下降到|增长率|增长|增加|增幅|增速|提高|提升|上升|下降|减少|降低|降幅|压降|削减|回落|下滑|涨幅|实现|完成|新增|首次|再次|连续|继续|始终|稳居|仅|有|\s)$";

    /// A frame around a name: `在2023年度全国综合实力百强区排名中` → the ranking.
    NAME_IN_FRAME = r"在(?P<x>[^,;。]{2,40}?)(?:中|方面|上)";

    /// What starts a clause but not a name: separators, scope and time words, adverbs.
    NAME_LEADING = r"^(?:[、,和及与并而]|[①-⑳]|\(\d{1,2}\)|[一二三四五六七八九十]是|\([^()]{0,20}\)|其中|其次|同时|此外|另外|全年|今年|年内|当年|同年|上半年|全区|全市|全县|全镇|全乡|全省|全国|我区|我市|我县|我镇|本区|本市|\d{4}年(?:度|底|末)?|[二〇○零一两三四五六七八九]{4}年|预计|初步统计|据统计|共|累计|合计|总计|全部|首次|再次|又|还|已|均|持续|进一步|不断|大力|积极|全力|努力|着力|重点|有序|稳步|扎实|深入|加快|全面|有效|切实|成功|顺利|率先|\s)";

    /// A preposition phrase before the verb: `向困难群众累计发放` (向 … 发放).
    NAME_PREPOSITION = r"^(?:向|对|为|给)[^、,;。]{1,12}?(?:发放|开放|提供|支付|下达|拨付|兑现|交付|投放|转移|减免|返还)";

    /// Leading verbs of a clause, coordinated ones included (`新建、改建候车亭` → 候车亭).
    NAME_VERB = concat!("^(?:", name_verbs!(), ")+(?:、(?:", name_verbs!(), "|改扩建|新改扩建|改建|扩建|新改建))*");

    /// Scope words just before a rank (`全国第7`, `全省各区县首位`).
    RANK_SCOPE = r"(?:全国|全省|全市|全区|全县|全州|全球|世界|国内|省内|市内|各区县|各县市区|各区|同类|县域|全省同类)$";

    /// A rank of the figure before it: `增速全市第一`, `总量全市第三`, `数量保持全省首位`.
    RANK_OF_PREVIOUS = r"^(?:[、,]*)(?:增速|增幅|总量|数量|规模|总额|排名)(?:保持|继续|稳居|位居|居|列|位列|仍|均)?$";

    /// Names too generic to stand alone: the figure is another view of the one before it
    /// (`新增民营企业超1万家、总数达9.76万家` → 民营企业).
    GENERIC_NAME = r"^(?:总数|总量|总计|合计|累计|数量|规模|总额|全年|其中|共计|总共|比重|占比)$";

    /// A phrase before a figure that only says it is a total of what came before
    /// (`、累计达61家`, `,总数达`).
    GENERIC_LEAD = r"(?x)^[、,]?(?:
          (?:累计|总数|总量|共计|共|合计|总计|其中|总共)(?:达到|达|为|超过|超|近|突破)?
        | (?:达到|达|为|超过|超|近|突破)
        | (?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小)(?:到|至)(?:\d{4}年(?:底|末)?的?)?
        | (?:比|较)(?:上年|去年|\d{4}年)(?:末|底)?(?:增加|增长|提高|多|减少|下降|净增)
        )$";

    /// A name that is nothing but verbs (`新建`, `完成`).
    VERB_ONLY = concat!("^(?:", name_verbs!(), "|改建|扩建|新改建)+$");

    /// What a subject achieved, too generic to name it: `新一代信息技术实现产业规模***亿元`
    /// is named by its subject.
    GENERIC_OBJECT = r"^(?:产业规模|规模|营收|营业收入|销售收入|销售额|交易额|产值|规上产值|总产值|收入|营业额)$";

    /// Policies counted by articles (`出台暖企纾困**条`, `二十条措施`): not a count of things.
    POLICY_CONTEXT = r"出台|制定|印发|推出|发布|修订";

    /// What follows articles of a policy: `**条等措施`, `条政策`.
    POLICY_AFTER = r"^(?:、[^,。;]{0,16}?)?等?(?:措施|政策|举措|意见|规定|细则|办法|条款)";

    /// A project's capacity, not a quantity of work done (`平望50万吨一般工业固废项目投运`).
    PROJECT_SPEC = r"^[\x{4E00}-\x{9FFF}]{1,14}?(?:项目|工程|生产线|装置)";

    /// A category label as a name: `**亿元以上项目`, `50-100亿元项目`, `2000万元以上产业项目`.
    CATEGORY_NAME = r"^[\d*.\-—~]+(?:十万|百万|千万|万|亿|千)?(?:元|美元|吨|亩|平方米)(?:及?以上|及?以下)?[\x{4E00}-\x{9FFF}]";

    /// A change of an amount (比上年增加1348元), not a level reached (提升1.4万亩 is work done).
    AMOUNT_GROWTH = r"(?:增加|增长|提高|多|增)(?:了|约|近|超|达)?$";

    /// A verb in the middle of a phrase, between a subject and what it did
    /// (`工业提质增效完成整治提升` → 整治提升).
    MID_VERB = r"完成|实现|达到";

    /// Verbs before what a rank ranks: `入选“最佳基金小镇”第二名`.
    RANK_VERB = r"入选|位列|位居|名列|列入|列|居|获评|获得|荣获|蝉联|进入|跻身|保持|跃升至|跃升为|跃居|上升至|上升为|上升到|排名|排|评为";

    /// The verb after a run of years: `连续16年实现“两个确保”`.
    RUN_VERB = r"^(?:实现|入选|获评|获得|荣获|蝉联|保持|位居|位列|获|被评为|评为|达到|成为|上榜|列入)";

    /// 预计 opening a scope to the end of the paragraph: `(预计,下同)`, `(预计数,下同)`.
    EXPECTED_FROM_HERE = r"^预计数?\s*,?\s*下同";

    /// `从X提高到Y`: what follows X.
    FROM_TO = r"^[^,。;]{0,8}?(?:提高|提升|增加|增长|下降|降低|扩大|缩小|减少)(?:到|至)";

    /// Goal words in a review's clause: the figure is a goal, not a result.
    TARGET_CUE = r"力争|确保|预期目标|目标任务|计划新增";

    /// A base-year figure: `由2010年的162.4亿元`.
    BASE_YEAR = r"(?:^|[^是为])(?P<y>\d{4})年(?:底|末)?的$";

    /// The year a goal is set for: `到2025年`.
    TARGET_YEAR = r"(?:到|至)(?P<y>\d{4})年";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_with_the_crate_features() {
        for (name, re) in all() {
            assert!(!re.as_str().is_empty(), "{name}");
            LazyLock::force(re);
        }
    }

    #[test]
    fn chrome_examples() {
        assert!(CHROME_FORUM.is_match("查看: 66|回复: 0"));
        assert!(CHROME_FORUM.is_match("发表于 2024-5-10 22:08:25 | 显示全部楼层 |阅读模式"));
        assert!(CHROME_PAGE_INFO.is_match("索 引 号: 1419638/2023-00001"));
        assert!(CHROME_ACTIONS.is_match("打印此页关闭窗口"));
        assert!(CHROME_NAVIGATION.is_match("您当前所在位置:首页 > 信息公开"));
        assert!(CHROME_FOOTER.is_match("备案:苏ICP备10060399号"));
        assert!(!CHROME_FOOTER.is_match("新增上市公司2家"));
        assert!(HEAD_KEEP.is_match("2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上"));
        assert!(HEAD_KEEP.is_match("区长  王国荣"));
        assert!(!HEAD_KEEP.is_match("积分"));
    }
}
