<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationKind</name>
    <message>
        <source>ICP filing</source>
        <translation>ICP备案</translation>
    </message>
    <message>
        <source>ICP licence</source>
        <translation>ICP许可证</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Provider review</source>
        <translation>接入商初审</translation>
    </message>
    <message>
        <source>Rejected by provider</source>
        <translation>初审驳回</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <source>Waiting for the Communications Administration</source>
        <translation>等待提交管局</translation>
    </message>
    <message>
        <source>Waiting for SMS verification</source>
        <translation>待短信核验</translation>
    </message>
    <message>
        <source>Communications Administration review</source>
        <translation>管局审核中</translation>
    </message>
    <message>
        <source>Returned to provider</source>
        <translation>退回接入商</translation>
    </message>
    <message>
        <source>Rejected by the Communications Administration</source>
        <translation>管局驳回</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>CertificateType</name>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Organisation code certificate</source>
        <translation>组织机构代码证</translation>
    </message>
    <message>
        <source>Unified social credit code certificate</source>
        <translation>统一社会信用代码证书</translation>
    </message>
    <message>
        <source>Public institution legal person certificate</source>
        <translation>事业单位法人证书</translation>
    </message>
    <message>
        <source>Military unit code</source>
        <translation>部队代号</translation>
    </message>
    <message>
        <source>Military paid external service licence</source>
        <translation>军队单位对外有偿服务许可证</translation>
    </message>
    <message>
        <source>Social organisation legal person certificate</source>
        <translation>社会团体法人登记证书</translation>
    </message>
    <message>
        <source>Private non-enterprise unit registration certificate</source>
        <translation>民办非企业单位登记证书</translation>
    </message>
    <message>
        <source>Foundation legal person registration certificate</source>
        <translation>基金会法人登记证书</translation>
    </message>
    <message>
        <source>Law firm practising licence</source>
        <translation>律师事务所执业许可证</translation>
    </message>
    <message>
        <source>Foreign cultural centre registration certificate</source>
        <translation>外国在华文化中心登记证</translation>
    </message>
    <message>
        <source>Judicial expertise licence</source>
        <translation>司法鉴定许可证</translation>
    </message>
    <message>
        <source>Religious venue registration certificate</source>
        <translation>宗教活动场所登记证</translation>
    </message>
    <message>
        <source>Foreign enterprise representative office registration certificate</source>
        <translation>外国企业常驻代表机构登记证</translation>
    </message>
    <message>
        <source>Medical institution practising licence</source>
        <translation>医疗机构执业许可证</translation>
    </message>
    <message>
        <source>Notary office practising certificate</source>
        <translation>公证机构执业证</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Identity document (front)</source>
        <translation>身份证件（正面）</translation>
    </message>
    <message>
        <source>Identity document (back)</source>
        <translation>身份证件（反面）</translation>
    </message>
    <message>
        <source>Entity certificate</source>
        <translation>主体证件</translation>
    </message>
    <message>
        <source>Authenticity verification sheet</source>
        <translation>网站备案信息真实性核验单</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>备案承诺书</translation>
    </message>
    <message>
        <source>Photo of the principal</source>
        <translation>负责人照片</translation>
    </message>
    <message>
        <source>Photo holding the identity document</source>
        <translation>手持证件照</translation>
    </message>
    <message>
        <source>Domain certificate</source>
        <translation>域名证书</translation>
    </message>
    <message>
        <source>Proof of residence</source>
        <translation>居住证明</translation>
    </message>
    <message>
        <source>Entity principal authorisation</source>
        <translation>主体负责人授权书</translation>
    </message>
    <message>
        <source>Website principal authorisation</source>
        <translation>网站负责人授权书</translation>
    </message>
    <message>
        <source>Website construction plan</source>
        <translation>网站建设方案书</translation>
    </message>
    <message>
        <source>Pre-approval permit</source>
        <translation>前置审批文件</translation>
    </message>
    <message>
        <source>No pre-approval pledge</source>
        <translation>不涉及前置审批承诺书</translation>
    </message>
    <message>
        <source>Rename explanation letter</source>
        <translation>更名说明函</translation>
    </message>
    <message>
        <source>Proof of guardianship</source>
        <translation>监护关系证明</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他材料</translation>
    </message>
</context>
<context>
    <name>DomainJson</name>
    <message>
        <source>The field “%1” is not known here; check its spelling or remove it.</source>
        <translation>此处不能识别字段“%1”；请检查拼写或将其删除。</translation>
    </message>
    <message>
        <source>The field “%1” is not known here; did you mean “%2”?</source>
        <translation>此处不能识别字段“%1”；您是否要输入“%2”？</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>The field “%1” must be text, not %2.</source>
        <translation>字段“%1”必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be a list, not %2.</source>
        <translation>字段“%1”必须是列表，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be an object, not %2.</source>
        <translation>字段“%1”必须是对象，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be true or false, not %2.</source>
        <translation>字段“%1”必须是 true 或 false，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be a number, not %2.</source>
        <translation>字段“%1”必须是数字，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number, not %2.</source>
        <translation>字段“%1”必须是整数，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be a date written as YYYY-MM-DD, not %2.</source>
        <translation>字段“%1”必须是 YYYY-MM-DD 格式的日期，而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be a UTC timestamp such as 2024-05-01T08:30:00Z, not %2.</source>
        <translation>字段“%1”必须是 UTC 时间戳（例如 2024-05-01T08:30:00Z），而不是%2。</translation>
    </message>
    <message>
        <source>The field “%1” must be one of its text keys, not %2.</source>
        <translation>字段“%1”必须是其规定的文本键值之一，而不是%2。</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for the field “%2”. Valid values are: %3.</source>
        <translation>“%1”不是字段“%2”的有效值。有效值为：%3。</translation>
    </message>
    <message>
        <source>The field “%1” must be a date written as YYYY-MM-DD; “%2” is not a valid date.</source>
        <translation>字段“%1”必须是 YYYY-MM-DD 格式的日期；“%2”不是有效日期。</translation>
    </message>
    <message>
        <source>The field “%1” must be a UTC timestamp such as 2024-05-01T08:30:00Z; “%2” is not.</source>
        <translation>字段“%1”必须是 UTC 时间戳（例如 2024-05-01T08:30:00Z）；“%2”不符合要求。</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The label “%1” is %2 characters long in its ASCII form; a label may have at most 63.</source>
        <translation>域名标签“%1”的 ASCII 形式长 %2 个字符；每个标签最多 63 个字符。</translation>
    </message>
    <message>
        <source>The label “%1” contains “%2”; only letters, digits and hyphens are allowed in a domain name.</source>
        <translation>域名标签“%1”包含“%2”；域名中只允许使用字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen, which is not allowed.</source>
        <translation>域名标签“%1”以连字符开头或结尾，这是不允许的。</translation>
    </message>
    <message>
        <source>The label “%1” has hyphens in its third and fourth positions, which only internationalised (xn--) labels may have.</source>
        <translation>域名标签“%1”的第 3、4 位是连字符，只有国际化域名（xn--）标签才允许这样。</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised (xn--) label.</source>
        <translation>“%1”不是有效的国际化域名（xn--）标签。</translation>
    </message>
    <message>
        <source>Enter a domain name, for example example.com.</source>
        <translation>请输入域名，例如 example.com。</translation>
    </message>
    <message>
        <source>“%1” contains an empty label (two dots in a row or a leading dot).</source>
        <translation>“%1”包含空标签（连续两个点或以点开头）。</translation>
    </message>
    <message>
        <source>The label “%1” is too long; a label may have at most 63 characters in its ASCII form.</source>
        <translation>域名标签“%1”过长；每个标签的 ASCII 形式最多 63 个字符。</translation>
    </message>
    <message>
        <source>The label “%1” cannot be converted to an internationalised domain name (IDNA): it contains characters that are not allowed.</source>
        <translation>域名标签“%1”无法转换为国际化域名（IDNA）：其中包含不允许使用的字符。</translation>
    </message>
    <message>
        <source>The domain name is %1 characters long in its ASCII form; at most 253 are allowed.</source>
        <translation>该域名的 ASCII 形式长 %1 个字符；最多允许 253 个字符。</translation>
    </message>
    <message>
        <source>“%1” has no suffix; enter the full domain name, for example %1.com or %1.cn.</source>
        <translation>“%1”没有后缀；请输入完整域名，例如 %1.com 或 %1.cn。</translation>
    </message>
    <message>
        <source>“%1” looks like an IP address; enter a domain name such as example.com.</source>
        <translation>“%1”看起来是 IP 地址；请输入域名，例如 example.com。</translation>
    </message>
    <message>
        <source>“%1” is a public suffix under which names are registered; enter a domain registered under it, for example example.%1.</source>
        <translation>“%1”是供他人在其下注册域名的公共后缀；请输入在该后缀下注册的域名，例如 example.%1。</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The file “%1” ends unexpectedly at line %2, column %3: it is incomplete, probably truncated.</source>
        <translation>文件“%1”在第 %2 行第 %3 列意外结束：文件不完整，可能已被截断。</translation>
    </message>
    <message>
        <source>The file “%1” is not an ICP dossier: the field “format” is missing (it must be “icp-dossier”).</source>
        <translation>文件“%1”不是ICP备案资料包：缺少字段“format”（其值必须为“icp-dossier”）。</translation>
    </message>
    <message>
        <source>The file “%1” is not an ICP dossier: the field “format” is “%2”, but it must be “icp-dossier”.</source>
        <translation>文件“%1”不是ICP备案资料包：字段“format”的值为“%2”，但必须为“icp-dossier”。</translation>
    </message>
    <message>
        <source>The dossier “%1” has no format version (field “version”).</source>
        <translation>备案资料包“%1”缺少格式版本（字段“version”）。</translation>
    </message>
    <message>
        <source>The dossier “%1” has an invalid format version: “version” must be a whole number such as %2.</source>
        <translation>备案资料包“%1”的格式版本无效：“version”必须是整数，例如 %2。</translation>
    </message>
    <message>
        <source>The dossier “%1” was written in format version %2, which is newer than this application understands (version %3). Update the application to import it.</source>
        <translation>备案资料包“%1”使用格式版本 %2 写入，高于本程序支持的版本（版本 %3）。请更新本程序后再导入。</translation>
    </message>
    <message>
        <source>The file “%1” is empty; it contains no dossier.</source>
        <translation>文件“%1”为空，不包含备案资料包。</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text (unexpected byte at line %2, column %3). It may be damaged, or not a dossier at all.</source>
        <translation>文件“%1”不是 UTF-8 文本（第 %2 行第 %3 列出现意外字节）。文件可能已损坏，或者根本不是备案资料包。</translation>
    </message>
    <message>
        <source>The file “%1” is not valid JSON: %2 at line %3, column %4.</source>
        <translation>文件“%1”不是有效的 JSON：第 %3 行第 %4 列处%2。</translation>
    </message>
    <message>
        <source>Check for a missing comma or closing bracket just before it.</source>
        <translation>请检查该位置之前是否缺少逗号或右括号。</translation>
    </message>
    <message>
        <source>The file “%1” is not an ICP dossier: its top level must be a JSON object.</source>
        <translation>文件“%1”不是ICP备案资料包：其顶层必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The field “%1” appears more than once in the same object; keep only one.</source>
        <translation>字段“%1”在同一对象中出现了多次；请只保留一个。</translation>
    </message>
    <message numerus="yes">
        <source>The dossier “%1” cannot be imported: %n problem(s). Line %2: %3</source>
        <translation>
            <numerusform>备案资料包“%1”无法导入：共 %n 个问题。第 %2 行：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file “%1” is too large to be a dossier (%2 MB; at most %3 MB).</source>
        <translation>文件“%1”过大，不可能是备案资料包（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>请输入电子邮箱地址。</translation>
    </message>
    <message>
        <source>Enter one e-mail address in the form name@example.com, without spaces.</source>
        <translation>请输入一个电子邮箱地址，格式如 name@example.com，不含空格。</translation>
    </message>
    <message>
        <source>The part after @ must be a domain name such as example.com.</source>
        <translation>@ 之后的部分必须是域名，例如 example.com。</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Defence unit</source>
        <translation>国防机构</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <source>Foreign cultural centre in China</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation>群众性团体组织</translation>
    </message>
    <message>
        <source>Judicial expertise institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <source>Religious group</source>
        <translation>宗教团体</translation>
    </message>
    <message>
        <source>Resident office of a foreign institution</source>
        <translation>境外机构</translation>
    </message>
    <message>
        <source>Medical institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>公证机构</translation>
    </message>
</context>
<context>
    <name>IcpNumber</name>
    <message>
        <source>“贵” is not used in these numbers: Guizhou&apos;s abbreviation is 黔.</source>
        <translation>此类编号不使用“贵”：贵州的简称是“黔”。</translation>
    </message>
    <message>
        <source>“云” is not used in these numbers: Yunnan&apos;s abbreviation is 滇.</source>
        <translation>此类编号不使用“云”：云南的简称是“滇”。</translation>
    </message>
    <message>
        <source>“%1” is not the abbreviation of a mainland province (such as 京, 沪 or 粤).</source>
        <translation>“%1”不是中国内地省份的简称（如京、沪或粤）。</translation>
    </message>
    <message>
        <source>Enter the ICP filing number, for example 京ICP备2021034286号-1.</source>
        <translation>请输入ICP备案号，例如：京ICP备2021034286号-1。</translation>
    </message>
    <message>
        <source>“%1” is an ICP licence number, not a filing number; a filing number reads like 京ICP备2021034286号-1.</source>
        <translation>“%1”是ICP许可证编号，不是备案号；备案号的格式如：京ICP备2021034286号-1。</translation>
    </message>
    <message>
        <source>“%1” is a public security filing number, not an ICP filing number; an ICP filing number reads like 京ICP备2021034286号-1.</source>
        <translation>“%1”是公安联网备案号，不是ICP备案号；ICP备案号的格式如：京ICP备2021034286号-1。</translation>
    </message>
    <message>
        <source>“%1” is not an ICP filing number; it should read like 京ICP备2021034286号-1.</source>
        <translation>“%1”不是ICP备案号；正确格式如：京ICP备2021034286号-1。</translation>
    </message>
    <message>
        <source>The ICP filing number lacks the province abbreviation (such as 京) before “ICP备”.</source>
        <translation>ICP备案号在“ICP备”之前缺少省份简称（如“京”）。</translation>
    </message>
    <message>
        <source>Enter only the filing number: remove “%1” before the province abbreviation.</source>
        <translation>请只输入备案号：删除省份简称之前的“%1”。</translation>
    </message>
    <message>
        <source>The serial number is missing after “ICP备”.</source>
        <translation>“ICP备”之后缺少序号。</translation>
    </message>
    <message numerus="yes">
        <source>The serial number has %n digit(s); ICP filing numbers have 8 (older numbers) or 10 digits.</source>
        <translation>
            <numerusform>序号为 %n 位；ICP备案号的序号应为 8 位（较早的编号）或 10 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The website number after “-” must be a number from 1 to 9999 without leading zeros (found “%1”).</source>
        <translation>“-”之后的网站序号必须是 1 到 9999 之间的数字，且不能有前导零（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Unexpected “%1” at the end of the ICP filing number.</source>
        <translation>ICP备案号末尾出现了多余的“%1”。</translation>
    </message>
    <message>
        <source>A value-added telecom licence number reads like B2-20090059: the service categories, a hyphen and 8 digits (year of issue and a 4-digit serial).</source>
        <translation>增值电信业务经营许可证编号的格式如 B2-20090059：业务类别代码、连字符和 8 位数字（发证年份及 4 位序号）。</translation>
    </message>
    <message>
        <source>The licence serial should start with its year of issue (%1 to %2), not %3.</source>
        <translation>许可证序号应以发证年份（%1 至 %2）开头，而不是 %3。</translation>
    </message>
    <message>
        <source>An ICP licence number reads like 京ICP证030173号: 6 digits between “ICP证” and “号”.</source>
        <translation>ICP许可证编号的格式如 京ICP证030173号：“ICP证”与“号”之间为 6 位数字。</translation>
    </message>
    <message>
        <source>This is an ICP filing number (ICP备), not a licence number.</source>
        <translation>这是ICP备案号（ICP备），不是许可证编号。</translation>
    </message>
    <message>
        <source>Enter the licence number, for example 京ICP证030173号 or 粤B2-20090059.</source>
        <translation>请输入许可证编号，例如 京ICP证030173号 或 粤B2-20090059。</translation>
    </message>
    <message>
        <source>“%1” is not a licence number; it should read like 京ICP证030173号 or 粤B2-20090059.</source>
        <translation>“%1”不是许可证编号；正确格式如 京ICP证030173号 或 粤B2-20090059。</translation>
    </message>
    <message>
        <source>Enter the public security filing number, for example 京公网安备11010502037644号.</source>
        <translation>请输入公安联网备案号，例如：京公网安备11010502037644号。</translation>
    </message>
    <message>
        <source>“%1” is not a public security filing number; it should read like 京公网安备11010502037644号.</source>
        <translation>“%1”不是公安联网备案号；正确格式如：京公网安备11010502037644号。</translation>
    </message>
    <message>
        <source>The public security filing number lacks the province abbreviation (such as 京) before “公网安备”.</source>
        <translation>公安联网备案号在“公网安备”之前缺少省份简称（如“京”）。</translation>
    </message>
    <message>
        <source>Enter only the public security filing number: remove “%1” before the province abbreviation.</source>
        <translation>请只输入公安联网备案号：删除省份简称之前的“%1”。</translation>
    </message>
    <message>
        <source>A public security filing number has 14 digits between “公网安备” and “号”; found “%1”.</source>
        <translation>公安联网备案号在“公网安备”与“号”之间应为 14 位数字；实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>Landline</name>
    <message>
        <source>Enter the landline as area code and number, for example 010-12345678 or 0755-1234567-123 with an extension.</source>
        <translation>请按“区号-号码”的格式输入固定电话，例如 010-12345678；有分机号时例如 0755-1234567-123。</translation>
    </message>
    <message>
        <source>Enter the landline number.</source>
        <translation>请输入固定电话号码。</translation>
    </message>
    <message>
        <source>The area code must be 010, 020 to 029, or four digits starting with 03 to 09.</source>
        <translation>区号必须是 010、020 至 029，或以 03 至 09 开头的四位数字。</translation>
    </message>
</context>
<context>
    <name>LicenceScope</name>
    <message>
        <source>Provincial</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>National (cross-region)</source>
        <translation>全国（跨地区）</translation>
    </message>
</context>
<context>
    <name>Mobile</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>The mobile number is too long.</source>
        <translation>手机号码过长。</translation>
    </message>
    <message>
        <source>The mobile number may contain only digits, spaces, hyphens and a leading +86.</source>
        <translation>手机号码只能包含数字、空格、连字符以及开头的 +86。</translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) can receive the verification SMS.</source>
        <translation>只有中国内地手机号码（+86）才能接收核验短信。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits.</source>
        <translation>内地手机号码为 11 位数字。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 1.</source>
        <translation>内地手机号码以 1 开头。</translation>
    </message>
    <message>
        <source>Numbers starting with %1 belong to IoT cards, which cannot receive the verification SMS.</source>
        <translation>以 %1 开头的号码属于物联网卡，无法接收核验短信。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits, not %1.</source>
        <translation>内地手机号码应为 11 位数字，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Mobile numbers starting with %1 are not issued; check the number.</source>
        <translation>以 %1 开头的手机号段尚未启用；请检查号码。</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>First filing</source>
        <translation>首次备案</translation>
    </message>
    <message>
        <source>New website</source>
        <translation>新增网站</translation>
    </message>
    <message>
        <source>New access</source>
        <translation>新增接入</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更备案</translation>
    </message>
    <message>
        <source>Cancel entity</source>
        <translation>注销主体</translation>
    </message>
    <message>
        <source>Cancel website</source>
        <translation>注销网站</translation>
    </message>
    <message>
        <source>Cancel access</source>
        <translation>取消接入</translation>
    </message>
</context>
<context>
    <name>PersonDocumentType</name>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Entity principal</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>Website principal</source>
        <translation>网站负责人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>应急联系人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
</context>
<context>
    <name>Postcode</name>
    <message>
        <source>Enter the postcode.</source>
        <translation>请输入邮政编码。</translation>
    </message>
    <message>
        <source>A postcode has exactly six digits.</source>
        <translation>邮政编码必须是 6 位数字。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>This is a 15-digit first-generation ID number, which is no longer valid. Enter the 18-character number of the current ID card.</source>
        <translation>这是 15 位的第一代身份证号码，已不再有效。请输入现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters, not %1.</source>
        <translation>身份证号码应为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and an X as the last character.</source>
        <translation>身份证号码只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a known region code.</source>
        <translation>身份证号码以 %1 开头，这不是已知的行政区划代码。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a known province code.</source>
        <translation>身份证号码以 %1 开头，这不是已知的省级行政区代码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>身份证号码中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number lies in the future.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the rest of the ID number: one of the characters is probably mistyped.</source>
        <translation>校验码（最后一位）与身份证号码的其余部分不符：可能有某一位输入错误。</translation>
    </message>
</context>
<context>
    <name>TravelDocument</name>
    <message>
        <source>Enter the Home Return Permit number.</source>
        <translation>请输入港澳居民来往内地通行证号码。</translation>
    </message>
    <message>
        <source>A Home Return Permit number is H or M followed by 8 digits (or 10 digits with the issue number).</source>
        <translation>港澳居民来往内地通行证号码由 H 或 M 加 8 位数字组成（含换证次数时为 10 位数字）。</translation>
    </message>
    <message>
        <source>Enter the Mainland Travel Permit for Taiwan Residents number.</source>
        <translation>请输入台湾居民来往大陆通行证号码。</translation>
    </message>
    <message>
        <source>A Mainland Travel Permit for Taiwan Residents number has 8 digits (or 10 digits and an optional letter on older permits).</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字（旧版通行证为 10 位数字，可能另带一个字母）。</translation>
    </message>
    <message>
        <source>Enter the passport number.</source>
        <translation>请输入护照号码。</translation>
    </message>
    <message>
        <source>A Chinese passport number is E followed by 8 digits, or E, a letter and 7 digits.</source>
        <translation>中国护照号码由 E 加 8 位数字组成，或由 E、一个字母和 7 位数字组成。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码由 5 至 17 位字母和数字组成。</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>Government body</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation>群众团体</translation>
    </message>
    <message>
        <source>Other body registered by a staffing office</source>
        <translation>机构编制部门登记的其他机构</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Other body registered by civil affairs</source>
        <translation>民政部门登记的其他机构</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Farmers&apos; cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters, not %1.</source>
        <translation>统一社会信用代码应为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>The unified social credit code may contain only digits and the capital letters A–Y except I, O, S, V and Z; “%1” is not allowed.</source>
        <translation>统一社会信用代码只能包含数字和大写字母 A–Y（不含 I、O、S、V、Z）；不允许使用“%1”。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code (the region code) must be digits.</source>
        <translation>统一社会信用代码的第 3 至 8 位（行政区划码）必须是数字。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the rest of the unified social credit code: one of the characters is probably mistyped.</source>
        <translation>校验码（最后一位）与统一社会信用代码的其余部分不符：可能有某一位输入错误。</translation>
    </message>
    <message>
        <source>The organisation code inside the unified social credit code (characters 9 to 17) fails its own check, so the code cannot have been issued. Compare it with the business licence.</source>
        <translation>统一社会信用代码中的组织机构代码（第 9 至 17 位）未通过其自身校验，因此该代码不可能是已发放的代码。请与营业执照核对。</translation>
    </message>
</context>
<context>
    <name>icp::ApplicationListModel</name>
    <message>
        <source>%1 of 4</source>
        <translation>第 %1/4 步</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>备案类型</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>icp::MainWindow</name>
    <message>
        <source>Could not read the applications from %1: %2</source>
        <translation>无法从 %1 读取申请：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in %1</source>
        <translation>
            <numerusform>%1 中共有 %n 项申请</numerusform>
        </translation>
    </message>
    <message>
        <source>ICP Registration Assistant</source>
        <translation>ICP备案助手</translation>
    </message>
    <message>
        <source>Search entities, websites, status…</source>
        <translation>搜索主体、网站、状态…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>搜索申请</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请列表</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>暂无申请</translation>
    </message>
    <message>
        <source>Applications you create or import appear here. To import a dossier from the command line, run: icpctl import DOSSIER.json</source>
        <translation>您创建或导入的申请将显示在这里。如需通过命令行导入备案资料包，请运行：icpctl import DOSSIER.json</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>icp::cli</name>
    <message>
        <source>usage: icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]</source>
        <translation>用法：icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>--as-of：“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>usage: icpctl rules [--json]</source>
        <translation>用法：icpctl rules [--json]</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] import DOSSIER.json...</source>
        <translation>用法：icpctl [--db PATH] import DOSSIER.json...</translation>
    </message>
    <message>
        <source>Import failed for application %1: %2</source>
        <translation>申请 %1 导入失败：%2</translation>
    </message>
    <message>
        <source>Import failed for licence %1: %2</source>
        <translation>许可证 %1 导入失败：%2</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] export ID [-o FILE]</source>
        <translation>用法：icpctl [--db PATH] export ID [-o FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>icpctl</name>
    <message>
        <source>Runs every rule on a dossier and prints the findings. Exit code 0 when nothing blocks submission, 1 when a blocking finding remains, 2 when the dossier cannot be read.</source>
        <translation>对备案资料包运行全部规则并输出检查结果。退出码：0 表示没有阻断提交的问题，1 表示仍有阻断性问题，2 表示无法读取备案资料包。</translation>
    </message>
    <message>
        <source>The dossier file (JSON).</source>
        <translation>备案资料包文件（JSON）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 而非纯文本格式输出。</translation>
    </message>
    <message>
        <source>Evaluate as on this date (default: today).</source>
        <translation>按此日期进行检查（默认：今天）。</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 notes</source>
        <translation>阻断 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
    <message>
        <source>Lists every rule of the rules engine with its id, severity, scope, reference and source.</source>
        <translation>列出规则引擎中的全部规则，包括其 id、严重程度、适用范围、依据和来源。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Run every rule on a dossier.</source>
        <translation>对备案资料包运行全部规则。</translation>
    </message>
    <message>
        <source>Write an application as a dossier.</source>
        <translation>将申请导出为备案资料包。</translation>
    </message>
    <message>
        <source>Import dossiers into the database.</source>
        <translation>将备案资料包导入数据库。</translation>
    </message>
    <message>
        <source>List the applications in the database.</source>
        <translation>列出数据库中的申请。</translation>
    </message>
    <message>
        <source>List every rule of the rules engine.</source>
        <translation>列出规则引擎中的全部规则。</translation>
    </message>
    <message>
        <source>Validate IDs, credit codes, phones, e-mails, domains and ICP numbers.</source>
        <translation>校验证件号码、统一社会信用代码、电话号码、电子邮箱、域名和ICP编号。</translation>
    </message>
    <message>
        <source>Database file (default: $ICP_DB or the user&apos;s data directory).</source>
        <translation>数据库文件（默认：$ICP_DB 或用户数据目录）。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Usage: icpctl [--db PATH] [--lang en|zh_CN] COMMAND [options] [arguments]</source>
        <translation>用法：icpctl [--db PATH] [--lang en|zh_CN] COMMAND [选项] [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;icpctl COMMAND --help&apos; for a command&apos;s options. Exit codes: 0 ok, 1 invalid value or blocking findings, 2 usage error or unreadable input.</source>
        <translation>运行“icpctl COMMAND --help”查看某个命令的选项。退出码：0 表示成功，1 表示值无效或存在阻断性问题，2 表示用法错误或输入无法读取。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;icpctl --help&apos;.</source>
        <translation>未知命令“%1”。请运行“icpctl --help”。</translation>
    </message>
    <message>
        <source>Imports dossiers into the database (an application with the same id is replaced, and the change is logged). Every problem of a dossier is reported with its line; a dossier with problems is not imported. Exit code 0 when all were imported, 2 when one could not be read.</source>
        <translation>将备案资料包导入数据库（id 相同的申请将被替换，并记录此次变更）。备案资料包中的每个问题都会连同所在行一起报告；存在问题的备案资料包不会被导入。退出码：0 表示全部导入成功，2 表示有备案资料包无法读取。</translation>
    </message>
    <message>
        <source>Dossier files (JSON).</source>
        <translation>备案资料包文件（JSON）。</translation>
    </message>
    <message>
        <source>Writes one application and the licences it produced as a dossier (to standard output, or to FILE with -o). Exit code 0 on success, 1 when there is no such application, 2 on errors.</source>
        <translation>将一个申请及由其取得的许可证写出为备案资料包（输出到标准输出，或通过 -o 写入 FILE）。退出码：0 表示成功，1 表示不存在该申请，2 表示出错。</translation>
    </message>
    <message>
        <source>The application&apos;s id.</source>
        <translation>申请的 id。</translation>
    </message>
    <message>
        <source>Write the dossier to FILE.</source>
        <translation>将备案资料包写入 FILE。</translation>
    </message>
    <message>
        <source>Lists the applications in the database, most recent first.</source>
        <translation>列出数据库中的申请，最近的排在最前。</translation>
    </message>
    <message>
        <source>virtual-operator segment: the MIIT SMS may not arrive</source>
        <translation>虚拟运营商号段：可能收不到工信部核验短信</translation>
    </message>
    <message>
        <source>the suffix .%1 is not in the table of fileable TLDs</source>
        <translation>后缀 .%1 不在可备案顶级域名列表中</translation>
    </message>
    <message>
        <source>Validates values and prints one line per value: &apos;valid&apos; (with the parsed parts) or &apos;invalid: &lt;reason&gt;&apos;. Exit code 0 when all are valid, 1 when one is not, 2 on usage errors.</source>
        <translation>校验给定的值，每个值输出一行：“valid”（附解析出的各部分）或“invalid: &lt;原因&gt;”。退出码：0 表示全部有效，1 表示有值无效，2 表示用法错误。</translation>
    </message>
    <message>
        <source>id, uscc, mobile, email, domain, icp-number or licence-number</source>
        <translation>id、uscc、mobile、email、domain、icp-number 或 licence-number</translation>
    </message>
    <message>
        <source>Values to validate.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <source>usage: icpctl validate KIND VALUE... (KIND is one of: id, uscc, mobile, email, domain, icp-number, licence-number)</source>
        <translation>用法：icpctl validate KIND VALUE...（KIND 为以下之一：id、uscc、mobile、email、domain、icp-number、licence-number）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file (default: $ICP_DB or the user&apos;s data directory).</source>
        <translation>数据库文件（默认：$ICP_DB 或用户数据目录）。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>将主窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <source>ICP Registration Assistant</source>
        <translation>ICP备案助手</translation>
    </message>
</context>
</TS>
