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
    <name>BackendRejection</name>
    <message>
        <source>Correct the application as described and submit it again.</source>
        <translation>请按说明更正申请后重新提交。</translation>
    </message>
    <message>
        <source>Correct the field “%1” and submit the application again.</source>
        <translation>请更正字段“%1”后重新提交申请。</translation>
    </message>
    <message>
        <source>The SMS verification was not completed within 24 hours, so the application was returned.</source>
        <translation>未在 24 小时内完成短信核验，申请已被退回。</translation>
    </message>
    <message>
        <source>Check that the principals&apos; mobile numbers can receive MIIT text messages, then submit again.</source>
        <translation>请确认负责人的手机号码能够接收工信部短信，然后重新提交。</translation>
    </message>
</context>
<context>
    <name>BackendUrl</name>
    <message>
        <source>“%1” is not a backend address: write it as https://host[:port][/path].</source>
        <translation>“%1”不是有效的备案系统地址：请按 https://host[:port][/path] 的格式填写。</translation>
    </message>
    <message>
        <source>The backend address “%1” uses plain HTTP: use https:// (plain HTTP is allowed only for this computer, 127.0.0.1 or localhost).</source>
        <translation>备案系统地址“%1”使用明文 HTTP：请使用 https://（仅本机 127.0.0.1 或 localhost 允许使用明文 HTTP）。</translation>
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
    <message>
        <source>Foreign Permanent Resident ID Card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1), so the backend token cannot be stored. It is never saved anywhere else: enter it each time the application starts.</source>
        <translation>系统密钥环不可用（%1），因此无法保存备案系统令牌。令牌不会保存在其他任何地方：每次启动程序时请重新输入。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>this is a directory, not a file.</source>
        <translation>这是一个目录，而不是文件。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the SQLite driver is not available.</source>
        <translation>SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>the connection string needs at least host=… and db=….</source>
        <translation>连接字符串至少需要包含 host=… 和 db=…。</translation>
    </message>
    <message>
        <source>the schema name %1 is not a plain lower-case identifier.</source>
        <translation>模式名 %1 不是简单的小写标识符。</translation>
    </message>
    <message>
        <source>the PostgreSQL driver is not available.</source>
        <translation>PostgreSQL 驱动不可用。</translation>
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
    <name>DocumentUpload</name>
    <message>
        <source>The document file %1 cannot be read: %2</source>
        <translation>无法读取材料文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Inspecting</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在识别</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员%1</translation>
    </message>
    <message>
        <source>website %1</source>
        <translation>网站%1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Attached, not checked yet</source>
        <translation>已上传，尚未检查</translation>
    </message>
    <message>
        <source>Failed a check</source>
        <translation>未通过检查</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The file can be read: not empty, cut off or damaged</source>
        <translation>文件可以读取：非空、未截断、未损坏</translation>
    </message>
    <message>
        <source>The file&apos;s content is PDF, JPEG or PNG</source>
        <translation>文件内容为 PDF、JPEG 或 PNG 格式</translation>
    </message>
    <message>
        <source>The provider accepts the file format for this document</source>
        <translation>接入商接受此材料的文件格式</translation>
    </message>
    <message>
        <source>The file is within the provider&apos;s size limits</source>
        <translation>文件大小符合接入商的限制</translation>
    </message>
    <message>
        <source>The PDF is not protected by a password</source>
        <translation>PDF 未设置密码保护</translation>
    </message>
    <message>
        <source>Originals that must be in colour are scanned in colour</source>
        <translation>须提供彩色件的原件已彩色扫描</translation>
    </message>
    <message>
        <source>No page is blank or nearly blank</source>
        <translation>没有空白或近乎空白的页面</translation>
    </message>
    <message>
        <source>The document has the expected number of pages</source>
        <translation>材料页数符合要求</translation>
    </message>
    <message>
        <source>The document is within its validity</source>
        <translation>材料在有效期内</translation>
    </message>
    <message>
        <source>Numbers and names read from the document match the application</source>
        <translation>从材料中识别出的号码和名称与申请一致</translation>
    </message>
    <message>
        <source>The file name&apos;s extension matches the content</source>
        <translation>文件扩展名与内容相符</translation>
    </message>
    <message>
        <source>The stored file is unchanged since it was attached</source>
        <translation>存储的文件自上传以来未被修改</translation>
    </message>
    <message>
        <source>ZIP archive (or Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Attaching was cancelled.</source>
        <translation>已取消上传。</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 未上传：%2</translation>
    </message>
    <message>
        <source>That checklist line no longer exists.</source>
        <translation>该清单条目已不存在。</translation>
    </message>
    <message>
        <source>Text recognition is not available: the Tesseract models for Chinese and English are not installed.</source>
        <translation>文字识别不可用：未安装 Tesseract 的中文和英文模型。</translation>
    </message>
    <message>
        <source>There is no image to read.</source>
        <translation>没有可识别的图像。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消识别。</translation>
    </message>
    <message>
        <source>Text recognition failed on this image.</source>
        <translation>此图像的文字识别失败。</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation>无法显示第 %1 页。</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1.</source>
        <translation>无法显示该图像：%1。</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be shown.</source>
        <translation>该 PDF 文件已损坏，无法显示。</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password and cannot be shown.</source>
        <translation>该 PDF 文件受密码保护，无法显示。</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be shown.</source>
        <translation>只能显示 PDF、JPEG 和 PNG 文件。</translation>
    </message>
    <message>
        <source>Unified Social Credit Code read from %1</source>
        <translation>从%1中识别出的统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 shows the credit code %2, but the entity form says %3. Correct the form or attach the right certificate.</source>
        <translation>%1上显示的统一社会信用代码为 %2，但主体信息中填写的是 %3。请更正填写内容，或上传正确的证件。</translation>
    </message>
    <message>
        <source>Entity name read from %1</source>
        <translation>从%1中识别出的主办单位名称</translation>
    </message>
    <message>
        <source>%1 names the entity &quot;%2&quot;, but the entity form says &quot;%3&quot;. Check both.</source>
        <translation>%1上的主办单位名称为“%2”，但主体信息中填写的是“%3”。请核对两者。</translation>
    </message>
    <message>
        <source>ID number read from %1</source>
        <translation>从%1中识别出的证件号码</translation>
    </message>
    <message>
        <source>%1 shows the ID number %2, but the form says %3 for %4. Correct the form or attach the right ID card.</source>
        <translation>%1上显示的证件号码为 %2，但%4填写的是 %3。请更正填写内容，或上传正确的身份证。</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>该人员</translation>
    </message>
    <message>
        <source>Name read from %1</source>
        <translation>从%1中识别出的姓名</translation>
    </message>
    <message>
        <source>%1 shows the name &quot;%2&quot;, but the form says &quot;%3&quot;. Check both.</source>
        <translation>%1上显示的姓名为“%2”，但填写的是“%3”。请核对两者。</translation>
    </message>
    <message>
        <source>%1 expired on %2. Attach a current one (and update the form).</source>
        <translation>%1已于 %2 过期。请上传有效的证件（并更新填写内容）。</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 months; providers may reject it. Renew it first if you can.</source>
        <translation>%1将于 %2 到期，不足 %3 个月；接入商可能不予受理。如有可能，请先换领。</translation>
    </message>
    <message>
        <source>Expiry date read from %1</source>
        <translation>从%1中识别出的有效期截止日期</translation>
    </message>
    <message>
        <source>%1 is valid until %2, but the form says %3. Check both.</source>
        <translation>%1的有效期至 %2，但填写的是 %3。请核对两者。</translation>
    </message>
    <message>
        <source>The PDF file ends early (it was probably cut off while copying or downloading). Save or download it again.</source>
        <translation>该 PDF 文件不完整（可能在复制或下载时被截断）。请重新保存或下载。</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be opened. Export or scan it again.</source>
        <translation>该 PDF 文件已损坏，无法打开。请重新导出或扫描。</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password. Providers cannot open it either: save an unprotected copy (print to PDF) and attach that.</source>
        <translation>该 PDF 文件受密码保护，接入商同样无法打开：请另存一份无密码保护的副本（打印为 PDF）并上传。</translation>
    </message>
    <message>
        <source>The PDF file has no pages.</source>
        <translation>该 PDF 文件没有页面。</translation>
    </message>
    <message>
        <source>The inspection was cancelled.</source>
        <translation>已取消检查。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The image file ends early (it was probably cut off while copying or downloading). Save or download it again.</source>
        <translation>该图像文件不完整（可能在复制或下载时被截断）。请重新保存或下载。</translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be opened. Take the photo or scan again.</source>
        <translation>该图像文件已损坏，无法打开。请重新拍摄或扫描。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, too large to process. Reduce it to at most 8000 pixels per side.</source>
        <translation>该图像为 %1 × %2 像素，过大无法处理。请将每边缩小到不超过 8000 像素。</translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be decoded (%1). Take the photo or scan again.</source>
        <translation>该图像文件已损坏，无法解码（%1）。请重新拍摄或扫描。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>该文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG or PNG file (its content is: %1). Providers accept only these formats: convert it and attach it again.</source>
        <translation>该文件不是 PDF、JPEG 或 PNG 文件（其内容为：%1）。接入商只接受这些格式：请转换格式后重新上传。</translation>
    </message>
    <message>
        <source>The document folder %1 cannot be created.</source>
        <translation>无法创建材料文件夹 %1。</translation>
    </message>
    <message>
        <source>The document folder %1 is not writable: %2.</source>
        <translation>材料文件夹 %1 不可写：%2。</translation>
    </message>
    <message>
        <source>The document cannot be stored: %1.</source>
        <translation>无法保存该材料：%1。</translation>
    </message>
    <message>
        <source>The document cannot be stored in %1.</source>
        <translation>无法将该材料保存到 %1。</translation>
    </message>
    <message>
        <source>The document&apos;s content address is not a SHA-256 hash.</source>
        <translation>该材料的内容地址不是 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The stored file of this document is missing from %1. Attach the document again.</source>
        <translation>%1 中缺少该材料的存储文件。请重新上传该材料。</translation>
    </message>
    <message>
        <source>The stored file of this document was changed after it was attached; it is not used. Attach the document again.</source>
        <translation>该材料的存储文件在上传后被修改，因此不再使用。请重新上传该材料。</translation>
    </message>
    <message>
        <source>The document references cannot be counted: %1.</source>
        <translation>无法统计材料引用：%1。</translation>
    </message>
    <message>
        <source>The stored file cannot be deleted.</source>
        <translation>无法删除存储的文件。</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>备案承诺书</translation>
    </message>
    <message>
        <source>Entity-principal authorisation letter</source>
        <translation>主体负责人授权书</translation>
    </message>
    <message>
        <source>Website-principal authorisation letter</source>
        <translation>网站负责人授权书</translation>
    </message>
    <message>
        <source>The letter template is missing.</source>
        <translation>缺少文书模板。</translation>
    </message>
    <message>
        <source>There is no website to write the authorisation letter for.</source>
        <translation>没有可出具授权书的网站。</translation>
    </message>
    <message>
        <source>Name the principal first: the authorisation letter is written for that person.</source>
        <translation>请先指定负责人：授权书是为该负责人出具的。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 is named .%2 but is a %3 file. It will be attached as .%4.</source>
        <translation>%1 的扩展名为 .%2，但实际是 %3 文件。将以 .%4 扩展名上传。</translation>
    </message>
    <message>
        <source>%1 is a %2 file; for “%3” %4 accepts only: %5. Convert it and attach it again.</source>
        <translation>%1 是 %2 文件；对于“%3”，%4 只接受：%5。请转换格式后重新上传。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; %3 accepts at most %4 MB for “%5”. Reduce the resolution or compression.</source>
        <translation>%1 大小为 %2 MB；%3 对“%5”最多接受 %4 MB。请降低分辨率或提高压缩率。</translation>
    </message>
    <message>
        <source>%1 is only %2 KB; %3 wants at least %4 KB for “%5”. Photograph or scan it again at a higher resolution.</source>
        <translation>%1 仅有 %2 KB；%3 要求“%5”至少为 %4 KB。请以更高分辨率重新拍摄或扫描。</translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels; at least %4 pixels on the short side are needed to be legible. Scan at 300 dpi or take the photo closer.</source>
        <translation>%1 仅有 %2 × %3 像素；短边至少需要 %4 像素才能清晰辨认。请以 300 dpi 扫描，或靠近一些拍摄。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; more than %4 pixels per side is more than providers process. Reduce it.</source>
        <translation>%1 为 %2 × %3 像素；每边超过 %4 像素，超出接入商的处理能力。请缩小图像。</translation>
    </message>
    <message>
        <source>%1 is blank or nearly blank. Check that the document lay face down on the scanner, and scan it again.</source>
        <translation>%1 为空白或近乎空白。请确认材料正面朝下放在扫描仪上，然后重新扫描。</translation>
    </message>
    <message>
        <source>Every page of %1 is blank or nearly blank. Scan it again.</source>
        <translation>%1 的所有页面均为空白或近乎空白。请重新扫描。</translation>
    </message>
    <message>
        <source>%1: page(s) %2 are blank or nearly blank. Remove them or scan them again.</source>
        <translation>%1：第 %2 页为空白或近乎空白。请删除这些页面或重新扫描。</translation>
    </message>
    <message>
        <source>%1 looks like a black-and-white copy, but “%2” must be a colour scan or photo of the original. Scan the original in colour.</source>
        <translation>%1 看起来是黑白复印件，但“%2”必须是原件的彩色扫描件或照片。请彩色扫描原件。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; “%3” normally has at most %4. Check that the right file is attached.</source>
        <translation>%1 共有 %2 页；“%3”通常最多 %4 页。请确认上传的文件是否正确。</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>The image, or the scan a PDF holds, has enough pixels to be legible and not too many to upload</source>
        <translation>图片（或 PDF 中的扫描件）像素足够清晰可辨，且不超过上传上限</translation>
    </message>
    <message>
        <source>%1 is a scan of only %2 × %3 pixels (about %4 dpi on its page); at least %5 dpi and %6 pixels on the short side are needed to be legible. Scan it again at 300 dpi.</source>
        <translation>%1 是仅 %2 × %3 像素的扫描件（在其页面上约 %4 dpi）；需要至少 %5 dpi 且短边至少 %6 像素才能清晰可辨。请以 300 dpi 重新扫描。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; %3 accepts only files smaller than %4 MB for “%5”. Reduce the resolution or compression.</source>
        <translation>%1 为 %2 MB；%3 的“%5”只接受小于 %4 MB 的文件。请降低分辨率或提高压缩率。</translation>
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
    <message>
        <source>“%1” is not a telecom licence category: a licence number carries %2, each at most once, joined by dots (B1.B2-20090059).</source>
        <translation>“%1”不是电信业务许可类别：许可证编号只能包含 %2，每个类别最多一次，以点号连接（如 B1.B2-20090059）。</translation>
    </message>
    <message>
        <source>“%1” is not a province abbreviation used in public security filing numbers (such as 京, 沪, 贵 or 滇).</source>
        <translation>“%1”不是公安备案号使用的省份简称（例如京、沪、贵或滇）。</translation>
    </message>
</context>
<context>
    <name>LadderSettings</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>give at least one number of days, e.g. 90, 30, 7.</source>
        <translation>请至少填写一个天数，例如 90, 30, 7。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days.</source>
        <translation>“%1”不是整数天数。</translation>
    </message>
    <message>
        <source>%1 days: a reminder comes before the due day (0 is the day itself).</source>
        <translation>%1 天：提醒须在截止日之前发出（0 表示截止日当天）。</translation>
    </message>
    <message>
        <source>%1 days is more than %2 days ahead.</source>
        <translation>%1 天超过了提前 %2 天的上限。</translation>
    </message>
    <message>
        <source>the days must go down, each stage closer to the due day (%1 after %2).</source>
        <translation>天数必须递减，每一级都更接近截止日（%1 排在 %2 之后）。</translation>
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
    <name>LicenceStatus</name>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1, but this version of the program knows versions up to %2 only. Update the program to open it.</source>
        <translation>该数据库的结构版本为 %1，但当前版本的程序最高只支持版本 %2。请更新程序后再打开。</translation>
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
    <name>ObligationCalendar</name>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>State when exported: %1</source>
        <translation>导出时状态：%1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>ICP obligations</source>
        <translation>ICP 义务</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message>
        <source>Licence expiry</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Licence renewal</source>
        <translation>许可证续期</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Public-security filing</source>
        <translation>公安备案</translation>
    </message>
    <message>
        <source>Domain expiry</source>
        <translation>域名到期</translation>
    </message>
    <message>
        <source>ID document expiry</source>
        <translation>证件到期</translation>
    </message>
    <message>
        <source>SMS verification</source>
        <translation>短信核验</translation>
    </message>
    <message>
        <source>Authority review</source>
        <translation>管局审核</translation>
    </message>
    <message>
        <source>Licence change</source>
        <translation>许可证变更</translation>
    </message>
    <message>
        <source>Hosting expiry</source>
        <translation>接入到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Say on which day the obligation was done.</source>
        <translation>请填写该义务的完成日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: an obligation is marked done on the day it was done.</source>
        <translation>%1 是未来日期：义务应标记为在实际完成当天完成。</translation>
    </message>
    <message>
        <source>%1 is a lapse: say whether it was renewed or the filing is to be cancelled (renewed or cancel-filing).</source>
        <translation>%1 属于失效事项：请说明是已续期，还是将注销备案（renewed 或 cancel-filing）。</translation>
    </message>
    <message>
        <source>%1 is not a lapse: it takes no decision, only the day it was done.</source>
        <translation>%1 不属于失效事项：无需作出决定，只需填写完成日期。</translation>
    </message>
    <message>
        <source>the registrar</source>
        <translation>域名注册商</translation>
    </message>
    <message>
        <source>The domain expired on %1: the filing is at risk. Renew it with %2, or decide to cancel (注销) the filing; mark it done with that decision.</source>
        <translation>域名已于 %1 到期：备案面临风险。请通过%2续费，或决定注销备案；并连同该决定标记为已完成。</translation>
    </message>
    <message>
        <source>Renew it with %1 before %2; a lapsed domain endangers the filing.</source>
        <translation>请在 %2 之前通过%1续费；域名失效将危及备案。</translation>
    </message>
    <message>
        <source>Licence %1 expires</source>
        <translation>许可证 %1 到期</translation>
    </message>
    <message>
        <source>The licence expired on %1. Operating without a valid licence is not allowed; apply for a new licence.</source>
        <translation>许可证已于 %1 到期。不得无有效许可证经营；请重新申请许可证。</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>许可证有效期至 %1。</translation>
    </message>
    <message>
        <source>Apply to renew licence %1</source>
        <translation>申请许可证 %1 续期</translation>
    </message>
    <message>
        <source>Renewal of licence %1 missed</source>
        <translation>许可证 %1 已错过续期</translation>
    </message>
    <message>
        <source>Renewal no longer possible, apply for a new licence: the renewal had to be applied for by %1, %2 days before the expiry on %3.</source>
        <translation>已无法续期，请重新申请许可证：续期须在 %1 之前申请，即 %3 到期前 %2 天。</translation>
    </message>
    <message>
        <source>Apply by %1 (%2 days before the expiry on %3); a renewal applied for later is refused.</source>
        <translation>请在 %1 之前申请（%3 到期前 %2 天）；逾期申请的续期将被拒绝。</translation>
    </message>
    <message>
        <source>Annual report %1 of licence %2</source>
        <translation>许可证 %2 的 %1 年度年报</translation>
    </message>
    <message>
        <source>It was due on %1 and is late; it can still be filed late, do it now: non-reporters are put on the bad list.</source>
        <translation>年报应于 %1 前提交，现已逾期；仍可补报，请立即办理：未按时报送的将被列入不良名单。</translation>
    </message>
    <message>
        <source>File it between %1 and %2.</source>
        <translation>请在 %1 至 %2 之间报送。</translation>
    </message>
    <message>
        <source>Apply to change licence %1</source>
        <translation>申请许可证 %1 变更</translation>
    </message>
    <message>
        <source>The business registration changed on %1: apply for the licence change by %2.</source>
        <translation>工商登记已于 %1 变更：请在 %2 之前申请许可证变更。</translation>
    </message>
    <message>
        <source>Public-security filing of %1</source>
        <translation>%1 的公安备案</translation>
    </message>
    <message numerus="yes">
        <source>File the website at beian.mps.gov.cn within %n day(s) of it going live (launched on %1), then record its number and show it in the footer.</source>
        <translation>
            <numerusform>请在网站上线（上线日期 %1）后 %n 天内到 beian.mps.gov.cn 办理公安备案，然后记录备案号并在页脚展示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1 expires</source>
        <translation>域名 %1 到期</translation>
    </message>
    <message>
        <source>Hosting of %1 expires</source>
        <translation>%1 的接入服务到期</translation>
    </message>
    <message>
        <source>the access provider</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>The access contract with %1 ended on %2: the filing is at risk of being cancelled. Renew it, or decide to cancel (注销) the filing; mark it done with that decision.</source>
        <translation>与%1的接入合同已于 %2 终止：备案面临被注销的风险。请续签合同，或决定注销备案；并连同该决定标记为已完成。</translation>
    </message>
    <message>
        <source>Renew the access contract with %1 before %2; without access the filing is cancelled.</source>
        <translation>请在 %2 之前与%1续签接入合同；没有接入，备案将被注销。</translation>
    </message>
    <message>
        <source>The SMS verification deadline passed on %1 Beijing time; the order is returned to the provider and must be resubmitted.</source>
        <translation>短信核验期限已于北京时间 %1 截止；订单已退回接入商，须重新提交。</translation>
    </message>
    <message>
        <source>Complete the MIIT SMS verification by %1 Beijing time.</source>
        <translation>请在北京时间 %1 之前完成工信部短信核验。</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing since %1, more than %n working day(s): ask the provider to follow up with the Communications Administration.</source>
        <translation>
            <numerusform>自 %1 起审核中，已超过 %n 个工作日：请接入商向通信管理局跟进。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewing since %1; %n working day(s) end on %2.</source>
        <translation>
            <numerusform>自 %1 起审核中；%n 个工作日于 %2 届满。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File the website at beian.mps.gov.cn within %n day(s) of it going live (granted on %1), then show its number in the footer too.</source>
        <translation>
            <numerusform>请在网站上线（获批日期 %1）后 %n 天内到 beian.mps.gov.cn 办理公安备案，然后同样在页脚展示备案号。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID document of %1 expires</source>
        <translation>%1 的证件到期</translation>
    </message>
    <message>
        <source>Update the filing with the new document once it is issued (expires on %1).</source>
        <translation>新证件签发后，请用新证件更新备案（到期日 %1）。</translation>
    </message>
    <message>
        <source>The evidence %1 cannot be kept: %2</source>
        <translation>无法保存证明材料 %1：%2</translation>
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
    <name>Outbox</name>
    <message>
        <source>This application is already waiting in the outbox to be sent; it is not queued twice.</source>
        <translation>该申请已在待提交队列中等待发送，不会重复排队。</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>待提交队列中没有条目 %1。</translation>
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
    <message>
        <source>Foreign Permanent Resident ID Card</source>
        <translation>外国人永久居留身份证</translation>
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
    <name>Registry</name>
    <message>
        <source>The file is not UTF-8, and this system cannot decode GB18030.</source>
        <translation>该文件不是 UTF-8 编码，且本系统无法解码 GB18030。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text: save it from the spreadsheet as CSV again.</source>
        <translation>该文件既不是 UTF-8 文本也不是 GB18030 文本：请在电子表格软件中重新另存为 CSV。</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>该文件没有标题行。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务种类</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Domain expires</source>
        <translation>域名到期</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Public-security filing number</source>
        <translation>公安备案号</translation>
    </message>
    <message>
        <source>Access provider</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Hosting expires</source>
        <translation>接入服务到期</translation>
    </message>
    <message>
        <source>Business registration changed</source>
        <translation>工商登记变更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write 2027-06-01, 2027/6/1 or 2027年6月1日.</source>
        <translation>“%1”不是日期：请写作 2027-06-01、2027/6/1 或 2027年6月1日。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind: write filing (备案) or licence (许可证).</source>
        <translation>“%1”不是有效的类型：请填写 filing（备案）或 licence（许可证）。</translation>
    </message>
    <message>
        <source>Every row needs the filing or licence number: the import matches rows by it.</source>
        <translation>每一行都必须填写备案号或许可证编号：导入时按编号匹配各行。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mainland province: write its name (北京, Beijing), abbreviation (京) or code (11).</source>
        <translation>“%1”不是中国大陆的省份：请填写省份名称（北京、Beijing）、简称（京）或代码（11）。</translation>
    </message>
    <message>
        <source>The number was issued in %1, not in %2.</source>
        <translation>该编号由 %1 核发，而不是 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service of the catalogue (B11 … B26).</source>
        <translation>“%1”不是《电信业务分类目录》中的业务（B11 … B26）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: write active, cancelled, revoked or expired.</source>
        <translation>“%1”不是有效的状态：请填写 active（有效）、cancelled（已注销）、revoked（已吊销）或 expired（已过期）。</translation>
    </message>
    <message>
        <source>%1 values for %2 websites: give one per website, in the order of the websites column, or put each website on its own row.</source>
        <translation>为 %2 个网站给出了 %1 个值：请按网站列的顺序为每个网站各填一个，或将每个网站单独放在一行。</translation>
    </message>
    <message>
        <source>%1 dates for %2 domains: give one date per domain, in the order of the domains column, or one for all.</source>
        <translation>为 %2 个域名给出了 %1 个日期：请按域名列的顺序为每个域名各填一个日期，或为全部域名只填一个日期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (https://www.example.com/).</source>
        <translation>“%1”不是网址（例如 https://www.example.com/）。</translation>
    </message>
    <message>
        <source>A website has one public-security filing number; put each website on its own row.</source>
        <translation>一个网站只有一个公安备案号；请将每个网站单独放在一行。</translation>
    </message>
</context>
<context>
    <name>RegistryChecks</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>required: the registry finds records by their number.</source>
        <translation>必填：台账按编号查找记录。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>%1, website number</source>
        <translation>%1，网站备案号</translation>
    </message>
    <message>
        <source>%1, public-security number</source>
        <translation>%1，公安备案号</translation>
    </message>
    <message>
        <source>%1, domain</source>
        <translation>%1，域名</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2027-06-01.</source>
        <translation>“%1”不是有效日期；请按 YYYY-MM-DD 格式填写，例如 2027-06-01。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>missed on %1</source>
        <translation>已于 %1 错过</translation>
    </message>
    <message numerus="yes">
        <source>overdue since %1 (%n day(s))</source>
        <translation>
            <numerusform>自 %1 起已逾期（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due on %1, in %n day(s)</source>
        <translation>
            <numerusform>%1 到期，还有 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Other deadlines</source>
        <translation>其他截止事项</translation>
    </message>
    <message>
        <source>Active filings</source>
        <translation>有效备案</translation>
    </message>
    <message>
        <source>Active licences</source>
        <translation>有效许可证</translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation>已逾期义务</translation>
    </message>
    <message>
        <source>Missed obligations (can no longer be done)</source>
        <translation>已错过的义务（已无法办理）</translation>
    </message>
    <message>
        <source>Obligations in this report</source>
        <translation>本报告中的义务</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>暂无到期事项。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务种类</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Access provider</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>Hosting expires</source>
        <translation>接入服务到期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>Website number</source>
        <translation>网站备案号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Public-security number</source>
        <translation>公安备案号</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Records without an entity</source>
        <translation>未关联主体的记录</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>%n 项义务</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations of %1</source>
        <translation>%1 的义务</translation>
    </message>
    <message>
        <source>these records</source>
        <translation>这些记录</translation>
    </message>
    <message>
        <source>Generated %1 %2 (Beijing time)</source>
        <translation>生成于 %1 %2（北京时间）</translation>
    </message>
    <message>
        <source>The organisation&apos;s day: %1</source>
        <translation>本单位日期：%1</translation>
    </message>
    <message numerus="yes">
        <source>Expiries and deadlines per month, next %n months</source>
        <translation>
            <numerusform>未来 %n 个月内每月的到期与截止事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>The registry holds no records yet.</source>
        <translation>台账中尚无记录。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>资质总览报告</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>页面太小，无法容纳报告。</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>无法在此设备上绘制报告。</translation>
    </message>
    <message>
        <source>Drawing the pages</source>
        <translation>正在绘制页面</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>无法开始新页面。</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
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
    <name>Rules</name>
    <message>
        <source>Attach a colour scan of the front of the identity document of %1.</source>
        <translation>请上传%1的身份证件正面彩色扫描件。</translation>
    </message>
    <message>
        <source>Attach a colour scan of the back of the identity document of %1.</source>
        <translation>请上传%1的身份证件反面彩色扫描件。</translation>
    </message>
    <message>
        <source>Attach the verification photo of %1 in front of the provider&apos;s backdrop, unless the provider checks the face in its app.</source>
        <translation>请上传%1在接入商幕布前拍摄的核验照片（幕布照）；接入商通过其 App 进行人脸核验的除外。</translation>
    </message>
    <message>
        <source>Attach a colour scan of the entity&apos;s certificate (%1).</source>
        <translation>请上传主体证件（%1）的彩色扫描件。</translation>
    </message>
    <message>
        <source>Attach the signed authenticity verification sheet (or the provider&apos;s commitment letter).</source>
        <translation>请上传已签字的网站备案信息真实性核验单（或接入商提供的备案承诺书）。</translation>
    </message>
    <message>
        <source>%1 is a %2 file; this document must be one of: %3. Convert it and upload it again.</source>
        <translation>%1 的文件格式为 %2；此材料只接受以下格式：%3。请转换格式后重新上传。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the limit for this document is %3 MB. Reduce the resolution or compression.</source>
        <translation>%1 的大小为 %2 MB；此材料的上限为 %3 MB。请降低分辨率或进一步压缩。</translation>
    </message>
    <message>
        <source>%1 is only %2 KB; this document must be at least %3 KB. Upload a clearer photo or scan.</source>
        <translation>%1 仅有 %2 KB；此材料至少应为 %3 KB。请上传更清晰的照片或扫描件。</translation>
    </message>
    <message>
        <source>%1 belongs to a person or website that is no longer in the application. Remove it or assign it again.</source>
        <translation>%1 所属的人员或网站已不在本申请中。请删除该材料或重新指定其所属对象。</translation>
    </message>
    <message>
        <source>With %1 websites and %2 domains this province requires a website construction plan (网站建设方案书). Attach it.</source>
        <translation>共有 %1 个网站、%2 个域名，本省要求提供网站建设方案书。请上传。</translation>
    </message>
    <message>
        <source>This province requires a domain certificate for each of the %1 domains; %2 are attached.</source>
        <translation>本省要求为全部 %1 个域名分别提供域名证书；目前已上传 %2 份。</translation>
    </message>
    <message>
        <source>The domain %1 is registered to &quot;%2&quot;, not to the filer %3. Change the registrant&apos;s real-name data at the registrar (name, ID type and ID number must match).</source>
        <translation>域名 %1 的持有者为“%2”，而不是备案人%3。请在注册商处修改域名持有者的实名信息（姓名、证件类型和证件号码须与备案信息一致）。</translation>
    </message>
    <message>
        <source>The domain %1 is registered to &quot;%2&quot;, not to %3. Transfer the domain to the organisation or correct the registrant&apos;s real-name data.</source>
        <translation>域名 %1 的持有者为“%2”，而不是%3。请将域名过户至该单位名下，或更正域名持有者的实名信息。</translation>
    </message>
    <message>
        <source>The domain %1 is registered to the person &quot;%2&quot;, who is not the legal representative of %3. Transfer the domain to the organisation or its legal representative.</source>
        <translation>域名 %1 的持有者为个人“%2”，其并非%3的法定代表人。请将域名过户至该单位或其法定代表人名下。</translation>
    </message>
    <message>
        <source>In this province an organisation&apos;s domain must be registered to the organisation itself; %1 is registered to the person &quot;%2&quot;.</source>
        <translation>本省要求单位备案的域名必须由该单位本身持有；%1 的持有者为个人“%2”。</translation>
    </message>
    <message>
        <source>Enter the domain name.</source>
        <translation>请输入域名。</translation>
    </message>
    <message>
        <source>The domain %1 is not valid: %2</source>
        <translation>域名 %1 无效：%2</translation>
    </message>
    <message>
        <source>The domain %1 appears more than once in this order. Remove the duplicate.</source>
        <translation>域名 %1 在本订单中出现了多次。请删除重复项。</translation>
    </message>
    <message>
        <source>%1 is a subdomain. File the registrable domain %2 instead: it covers all its subdomains at the same access provider.</source>
        <translation>%1 是子域名。请改为备案一级域名 %2：在同一接入商处，一级域名的备案涵盖其全部子域名。</translation>
    </message>
    <message>
        <source>The suffix .%1 of %2 is missing from recent MIIT lists. Check the live list on domain.miit.gov.cn before submitting.</source>
        <translation>%2 的后缀 .%1 未出现在工信部近期公布的名单中。提交前请在 domain.miit.gov.cn 查询最新名单。</translation>
    </message>
    <message>
        <source>The domain %1 cannot be filed: MIIT does not accept the .%2 suffix. Use a fileable suffix such as .com or .cn.</source>
        <translation>域名 %1 无法备案：工信部不接受 .%2 后缀。请使用 .com 或 .cn 等可备案的后缀。</translation>
    </message>
    <message>
        <source>The filing province does not accept domains ending in .%1 (%2)%3. Use a common suffix such as .com, .net or .cn.</source>
        <translation>%2：备案省份不接受以 .%1 结尾的域名%3。请使用 .com、.net 或 .cn 等常用后缀。</translation>
    </message>
    <message>
        <source> for personal filings</source>
        <translation>进行个人备案</translation>
    </message>
    <message>
        <source>Public institutions in this province should use a .cn or .公益 domain; %1 is not one.</source>
        <translation>本省事业单位应使用 .cn 或 .公益 域名；%1 不符合要求。</translation>
    </message>
    <message>
        <source>Government bodies in this province should use a .gov.cn or .政务 domain; %1 is not one.</source>
        <translation>本省政府机关应使用 .gov.cn 或 .政务 域名；%1 不符合要求。</translation>
    </message>
    <message>
        <source>Enter the registrar of %1 (the company where the domain is registered).</source>
        <translation>请输入 %1 的注册商（注册该域名的服务机构）。</translation>
    </message>
    <message>
        <source>%1 is registered at %2, which is not an MIIT-accredited registrar. Transfer the domain to a domestic accredited registrar first.</source>
        <translation>%1 的注册商为 %2，不是工信部批准的域名注册服务机构。请先将域名转入境内经批准的注册商。</translation>
    </message>
    <message>
        <source>%1 is not in our table of MIIT-accredited registrars. Check it on domain.miit.gov.cn.</source>
        <translation>“%1”不在本程序的工信部批准注册商列表中。请在 domain.miit.gov.cn 上核实。</translation>
    </message>
    <message>
        <source>Complete the real-name verification of %1 at the registrar; submit at least %2 working days after it.</source>
        <translation>请在注册商处完成 %1 的实名认证，并在实名认证完成至少 %2 个工作日后再提交。</translation>
    </message>
    <message>
        <source>%1 was real-name verified on %2; the data reaches the authority only after about %3 working days. Submit on %4 or later.</source>
        <translation>%1 于 %2 完成实名认证；实名数据约需 %3 个工作日才能同步至管局。请于 %4 或之后提交。</translation>
    </message>
    <message>
        <source>Enter the expiry date of %1 (from the registrar or WHOIS).</source>
        <translation>请输入 %1 的到期日期（可在注册商处或通过 WHOIS 查询）。</translation>
    </message>
    <message>
        <source>%1 expired on %2. Renew it before filing.</source>
        <translation>%1 已于 %2 到期。请先续期再备案。</translation>
    </message>
    <message>
        <source>%1 expires on %2; this province requires more than %3 months of registration left at submission. Renew it first.</source>
        <translation>%1 将于 %2 到期；本省要求提交时域名剩余有效期超过 %3 个月。请先续期。</translation>
    </message>
    <message>
        <source>Add the domain of the website &quot;%1&quot;.</source>
        <translation>请添加网站“%1”的域名。</translation>
    </message>
    <message>
        <source>The ID number %1 is not valid: %2 Check it against the ID card.</source>
        <translation>身份证号码 %1 无效：%2请与身份证原件核对。</translation>
    </message>
    <message>
        <source>%1 is a residence permit number for Hong Kong, Macao or Taiwan residents. Choose the certificate type &quot;residence permit&quot;.</source>
        <translation>%1 是港澳台居民居住证号码。请将证件类型选为“港澳台居民居住证”。</translation>
    </message>
    <message>
        <source>%1 is a resident identity card number. Choose the certificate type &quot;resident identity card&quot;.</source>
        <translation>%1 是居民身份证号码。请将证件类型选为“居民身份证”。</translation>
    </message>
    <message>
        <source>The document number %1 is not valid: %2</source>
        <translation>证件号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>The Unified Social Credit Code %1 is not valid: %2 Copy it again from the certificate.</source>
        <translation>统一社会信用代码 %1 无效：%2请对照证件重新填写。</translation>
    </message>
    <message>
        <source>The code %1 starts with %2 (%3), which does not fit the entity type &quot;%4&quot;. Check the entity type or the code.</source>
        <translation>代码 %1 以 %2（%3）开头，与主办单位性质“%4”不符。请检查主办单位性质或该代码。</translation>
    </message>
    <message>
        <source>Enter the entity&apos;s name exactly as on its certificate (the person&apos;s name for a personal filing).</source>
        <translation>请按证件上的名称准确填写主办单位名称（个人备案填写本人姓名）。</translation>
    </message>
    <message>
        <source>Enter the certificate number (the Unified Social Credit Code for organisations, the ID number for individuals).</source>
        <translation>请输入证件号码（单位填写统一社会信用代码，个人填写身份证件号码）。</translation>
    </message>
    <message>
        <source>Enter the address printed on the certificate.</source>
        <translation>请输入证件上的地址。</translation>
    </message>
    <message>
        <source>Enter the communication address, to house-number precision and written in words (for example 1单元2层3号).</source>
        <translation>请输入通信地址，须精确到门牌号，并用文字书写（例如 1单元2层3号）。</translation>
    </message>
    <message>
        <source>Choose the filing province: the province where the entity is domiciled.</source>
        <translation>请选择备案省份，即主体住所所在的省份。</translation>
    </message>
    <message>
        <source>%1 is not a mainland province; ICP filings are made only in the 31 mainland provinces.</source>
        <translation>%1不是内地省份；ICP备案只能在内地 31 个省（自治区、直辖市）办理。</translation>
    </message>
    <message>
        <source>An entity of type &quot;%1&quot; cannot be identified by a %2. Use: %3.</source>
        <translation>主办单位性质为“%1”的主体不能使用%2作为证件。请使用：%3。</translation>
    </message>
    <message>
        <source>The ID card was issued in %1, but %2 accepts personal filings only from holders of a local ID card. File in %1 instead.</source>
        <translation>身份证签发地为%1，但%2只受理持本地身份证的个人备案。请改在%1备案。</translation>
    </message>
    <message>
        <source>The ID card was issued in %1. To file in %2, attach a local residence permit or other residence proof.</source>
        <translation>身份证签发地为%1。如需在%2备案，请上传当地居住证或其他居住证明。</translation>
    </message>
    <message>
        <source>The ID card was issued in %1. %2 may ask for a local residence permit; attach one or confirm with the provider.</source>
        <translation>身份证签发地为%1。%2可能要求提供当地居住证；请上传居住证，或向接入商确认。</translation>
    </message>
    <message>
        <source>%1 does not accept personal filings by foreign passport holders.</source>
        <translation>%1不受理持外国护照人员的个人备案。</translation>
    </message>
    <message>
        <source>The certificate address &quot;%1&quot; is in %2, but the filing province is %3. An organisation files in the province of its certificate address.</source>
        <translation>证件地址“%1”位于%2，但备案省份为%3。单位应在其证件地址所在省份备案。</translation>
    </message>
    <message>
        <source>The ICP filing number %1 is not valid: %2</source>
        <translation>ICP备案号 %1 无效：%2</translation>
    </message>
    <message>
        <source>The ICP filing number %1 was issued in %2, but the filing province is %3.</source>
        <translation>ICP备案号 %1 由%2核发，但备案省份为%3。</translation>
    </message>
    <message>
        <source>%1 is a website number. Enter the entity number %2 here.</source>
        <translation>%1 是网站备案号。此处请输入主体备案号 %2。</translation>
    </message>
    <message>
        <source>%1 uses the abbreviation %2; the MIIT record may use %3. Check the number in the MIIT public lookup.</source>
        <translation>%1 使用的省份简称为“%2”；工信部记录中可能使用“%3”。请在工信部备案查询系统中核对该编号。</translation>
    </message>
    <message>
        <source>The postcode %1 is not valid: %2</source>
        <translation>邮政编码 %1 无效：%2</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Only a lawfully established company can hold an ICP licence; &quot;%1&quot; entities file for an ICP filing instead.</source>
        <translation>只有依法设立的公司才能取得ICP许可证；“%1”类主体应办理ICP备案。</translation>
    </message>
    <message>
        <source>A cross-province licence needs a registered capital of at least RMB %1; the entity has RMB %2.</source>
        <translation>跨地区经营许可证要求注册资本不少于人民币 %1 元；该主体的注册资本为人民币 %2 元。</translation>
    </message>
    <message>
        <source>A licence for one province needs a registered capital of at least RMB %1; the entity has RMB %2.</source>
        <translation>省内经营许可证要求注册资本不少于人民币 %1 元；该主体的注册资本为人民币 %2 元。</translation>
    </message>
    <message>
        <source>An ICP licence presupposes an ICP filing. Enter the entity&apos;s filing number, or file first.</source>
        <translation>申请ICP许可证须以已办理ICP备案为前提。请输入该主体的备案号，或先办理备案。</translation>
    </message>
    <message>
        <source>Choose the service categories of the licence (for example B25 information services).</source>
        <translation>请选择许可证的业务种类（例如 B25 信息服务业务）。</translation>
    </message>
    <message>
        <source>%1 is not a value-added telecom service category of the 2015 catalogue.</source>
        <translation>%1 不是 2015 年版《电信业务分类目录》中的增值电信业务类别。</translation>
    </message>
    <message>
        <source>Enter the filing or licence number.</source>
        <translation>请输入备案号或许可证编号。</translation>
    </message>
    <message>
        <source>The licence number %1 is not valid: %2</source>
        <translation>许可证编号 %1 无效：%2</translation>
    </message>
    <message>
        <source>A value-added telecom licence is valid for %1 years: issued on %2 it should expire around %3, not on %4. Check the dates.</source>
        <translation>增值电信业务经营许可证的有效期为 %1 年：于 %2 核发的许可证应在 %3 前后到期，而不是 %4。请核对日期。</translation>
    </message>
    <message>
        <source>The licence %1 expired on %2. Operating without a valid licence is not allowed; apply for a new licence.</source>
        <translation>许可证 %1 已于 %2 到期。不得在无有效许可证的情况下经营；请重新申请许可证。</translation>
    </message>
    <message>
        <source>The annual report for %1 of licence %2 was due on %3 and is not recorded. Late reporters are put on the bad list; file it now.</source>
        <translation>许可证 %2 的 %1 年度年报应于 %3 前报送，目前尚无报送记录。逾期报送的将被列入不良名单；请立即报送。</translation>
    </message>
    <message>
        <source>File the annual report for %1 of licence %2 by %3.</source>
        <translation>请于 %3 前报送许可证 %2 的 %1 年度年报。</translation>
    </message>
    <message>
        <source>Add the website this order is about.</source>
        <translation>请添加本订单涉及的网站。</translation>
    </message>
    <message>
        <source>The entity is already filed (%1). Use &quot;new website&quot; or &quot;new access&quot; instead of a first filing.</source>
        <translation>该主体已备案（%1）。请选择“新增网站”或“新增接入”，而不是首次备案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the entity&apos;s existing ICP filing number. Enter it, or choose a first filing.</source>
        <translation>“%1”需要填写主体现有的ICP备案号。请输入备案号，或改选首次备案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to filed websites: enter the website&apos;s filing number (…号-n).</source>
        <translation>“%1”适用于已备案的网站：请输入网站备案号（…号-n）。</translation>
    </message>
    <message>
        <source>This order has %1 websites; at most %2 can be filed in one order here. Split it into several orders.</source>
        <translation>本订单包含 %1 个网站；此处每个订单最多可备案 %2 个。请拆分为多个订单。</translation>
    </message>
    <message>
        <source>This order has %1 domains; the filing province accepts at most %2 per submission for this kind of filer. File the others in a later order.</source>
        <translation>本订单包含 %1 个域名；对于此类备案主体，备案省份每次提交最多受理 %2 个。其余域名请在后续订单中备案。</translation>
    </message>
    <message>
        <source>Another order of %1 is in progress (%2). The authority accepts one order per entity at a time; wait for it to finish or withdraw it.</source>
        <translation>%1还有另一个订单正在办理中（%2）。管局对同一主体同一时间只受理一个订单；请等待该订单办结或将其撤销。</translation>
    </message>
    <message>
        <source>The domain %1 is part of another order in progress (%2). A domain can be in only one order at a time.</source>
        <translation>域名 %1 已在另一个办理中的订单内（%2）。同一域名同一时间只能出现在一个订单中。</translation>
    </message>
    <message>
        <source>The authority has been reviewing since %1, more than %2 working days. Ask the provider to follow up with the Communications Administration.</source>
        <translation>管局自 %1 起审核，已超过 %2 个工作日。请联系接入商向通信管理局跟进。</translation>
    </message>
    <message>
        <source>File the website with the public-security bureau (beian.mps.gov.cn) by %1, within %2 days of going live.</source>
        <translation>请于 %1 前（网站开通后 %2 日内）在 beian.mps.gov.cn 办理公安联网备案。</translation>
    </message>
    <message>
        <source>The public-security filing was due on %1. If it is not done yet, file it now at beian.mps.gov.cn.</source>
        <translation>公安联网备案应于 %1 前完成。如尚未办理，请立即在 beian.mps.gov.cn 办理。</translation>
    </message>
    <message>
        <source>The order has waited for you since %1 and expired on %2; the provider keeps the data but it must be resubmitted for initial review.</source>
        <translation>该订单自 %1 起等待您处理，已于 %2 失效；接入商会保留已填资料，但须重新提交初审。</translation>
    </message>
    <message>
        <source>The order has been waiting for you for %1 days; it expires on %2.</source>
        <translation>该订单已等待您处理 %1 天，将于 %2 失效。</translation>
    </message>
    <message>
        <source>Changes to filed data must be filed at least 30 days before they take effect.</source>
        <translation>备案信息发生变更的，须在变更生效前至少 30 日办理变更备案。</translation>
    </message>
    <message>
        <source>Enter the identity document number of %1.</source>
        <translation>请输入%1的证件号码。</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is not valid: %3</source>
        <translation>%2的身份证号码 %1 无效：%3</translation>
    </message>
    <message>
        <source>The document number %1 of %2 is not valid: %3</source>
        <translation>%2的证件号码 %1 无效：%3</translation>
    </message>
    <message>
        <source>%1 is %2 years old on the submission date; principals must be at least %3. Name an adult principal.</source>
        <translation>%1在提交日为 %2 周岁；负责人须年满 %3 周岁。请指定成年人担任负责人。</translation>
    </message>
    <message>
        <source>%1 is %2 years old. This province accepts principals under %3 only with proof of employment or income; attach it.</source>
        <translation>%1现年 %2 周岁。本省对未满 %3 周岁的负责人，仅在提供工作或收入证明时受理；请上传相关证明。</translation>
    </message>
    <message>
        <source>%1 is %2 years old. Minors file here only through a guardian: add the guardian as a person and attach the guardian&apos;s ID and proof of the relationship.</source>
        <translation>%1现年 %2 周岁。本省未成年人只能由监护人代为备案：请将监护人添加为人员，并上传监护人的身份证件和监护关系证明。</translation>
    </message>
    <message>
        <source>%1 is %2 years old on the submission date; this province requires principals aged %3 or older.</source>
        <translation>%1在提交日为 %2 周岁；本省要求负责人年满 %3 周岁。</translation>
    </message>
    <message>
        <source>Enter a mainland mobile number for %1: the MIIT verification SMS is sent to it.</source>
        <translation>请为%1填写内地手机号码：工信部核验短信将发送至该号码。</translation>
    </message>
    <message>
        <source>The mobile number %1 of %2 cannot receive the MIIT SMS: %3</source>
        <translation>%2的手机号码 %1 无法接收工信部核验短信：%3</translation>
    </message>
    <message>
        <source>%1 is a virtual-operator or data-card number (segment %2); the MIIT verification SMS may not arrive. Use a number of China Mobile, Unicom, Telecom or Broadnet.</source>
        <translation>%1 是虚拟运营商或数据卡号码（号段 %2），可能收不到工信部核验短信。请使用中国移动、中国联通、中国电信或中国广电的号码。</translation>
    </message>
    <message>
        <source>This province requires a local mobile number; the home province of %1 is unknown. Check it with the carrier.</source>
        <translation>本省要求使用本地手机号码；无法确定 %1 的归属地。请向运营商核实。</translation>
    </message>
    <message>
        <source>The mobile number %1 is registered in %2; %3 requires a mobile number from the filing province.</source>
        <translation>手机号码 %1 的归属地为%2；%3要求使用备案省份的手机号码。</translation>
    </message>
    <message>
        <source>The mobile number %1 is registered in %2; %3 has asked for a mobile number from the filing province in the past. A local number avoids a rejection.</source>
        <translation>手机号码 %1 的归属地为%2；%3过去曾要求使用备案省份的手机号码。使用本地号码可避免被驳回。</translation>
    </message>
    <message>
        <source>Enter an e-mail address for %1.</source>
        <translation>请填写%1的电子邮箱地址。</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid: %2</source>
        <translation>电子邮箱地址 %1 无效：%2</translation>
    </message>
    <message>
        <source>%1 is neither a landline number (such as 010-12345678) nor a mobile number.</source>
        <translation>%1 既不是固定电话号码（如 010-12345678），也不是手机号码。</translation>
    </message>
    <message>
        <source>The identity document of %1 expired on %2. Renew it and upload the new document.</source>
        <translation>%1的身份证件已于 %2 过期。请换领证件后上传新证件。</translation>
    </message>
    <message>
        <source>The identity document of %1 expires on %2, less than %3 months after submission. Renew it first.</source>
        <translation>%1的身份证件将于 %2 到期，距提交日不足 %3 个月。请先换领证件。</translation>
    </message>
    <message>
        <source>The mobile number %1 is already used by another entity (%2). Use a number that no other entity has filed.</source>
        <translation>手机号码 %1 已被其他主体（%2）使用。请使用未被其他主体备案过的号码。</translation>
    </message>
    <message>
        <source>%1 is already a principal of another entity (%2). The authority may reject a principal shared between entities.</source>
        <translation>%1已是其他主体（%2）的负责人。管局可能驳回多个主体共用同一负责人的备案。</translation>
    </message>
    <message>
        <source>Name the entity principal: add a person with the role &quot;entity principal&quot;.</source>
        <translation>请指定主体负责人：添加一名角色为“主体负责人”的人员。</translation>
    </message>
    <message>
        <source>Choose the principal of the website &quot;%1&quot; from the persons of this application.</source>
        <translation>请从本申请的人员中选择网站“%1”的网站负责人。</translation>
    </message>
    <message>
        <source>%1 uses the same e-mail address as %2; this province requires a different e-mail address for each person.</source>
        <translation>%1与%2使用了相同的电子邮箱地址；本省要求每个人使用不同的电子邮箱地址。</translation>
    </message>
    <message>
        <source>In a personal filing the entity principal is the filer: the document number of %1 must equal the entity&apos;s certificate number %2.</source>
        <translation>个人备案中，主体负责人即备案人本人：%1的证件号码必须与主体证件号码 %2 一致。</translation>
    </message>
    <message>
        <source>This province requires a second contact number for %1 (an office landline or a second mobile).</source>
        <translation>本省要求为%1填写第二联系方式（办公固定电话或另一个手机号码）。</translation>
    </message>
    <message>
        <source>The second contact number of %1 repeats the mobile number; give a different number.</source>
        <translation>%1的第二联系方式与其手机号码相同；请填写其他号码。</translation>
    </message>
    <message>
        <source>This province requires a real office landline as second contact; %1 is not one.</source>
        <translation>本省要求第二联系方式为真实的办公固定电话；%1 不是固定电话号码。</translation>
    </message>
    <message>
        <source>In %1 the entity principal must be the legal representative. Name the legal representative as entity principal, or mark %2 as legal representative if that is the case.</source>
        <translation>%1要求主体负责人必须为法定代表人。请指定法定代表人为主体负责人；如%2即为法定代表人，请将其标记为法定代表人。</translation>
    </message>
    <message>
        <source>%1 is not the legal representative: attach the entity-principal authorisation letter signed by the legal representative and sealed.</source>
        <translation>%1不是法定代表人：请上传由法定代表人签字并加盖公章的主体负责人授权书。</translation>
    </message>
    <message>
        <source>The entity principal is not the legal representative, so in this province the website principal of &quot;%1&quot; must be the entity principal %2.</source>
        <translation>主体负责人不是法定代表人，因此按本省规定，网站“%1”的网站负责人必须由主体负责人%2担任。</translation>
    </message>
    <message>
        <source>The entity principal is not the legal representative, so in this province the website &quot;%1&quot; needs a different person as website principal.</source>
        <translation>主体负责人不是法定代表人，因此按本省规定，网站“%1”须由另一人担任网站负责人。</translation>
    </message>
    <message>
        <source>%1 is not the legal representative: attach a website-principal authorisation letter for &quot;%2&quot;.</source>
        <translation>%1不是法定代表人：请上传网站“%2”的网站负责人授权书。</translation>
    </message>
    <message>
        <source>An individual&apos;s certificate number is a valid identity document number</source>
        <translation>个人主体的证件号码是有效的身份证件号码</translation>
    </message>
    <message>
        <source>The birth date in an individual&apos;s ID number is real and not in the future</source>
        <translation>个人主体身份证号码中的出生日期真实存在且不晚于当前日期</translation>
    </message>
    <message>
        <source>The Unified Social Credit Code is valid</source>
        <translation>统一社会信用代码有效</translation>
    </message>
    <message>
        <source>The USCC category fits the entity type</source>
        <translation>统一社会信用代码的登记类别与主办单位性质相符</translation>
    </message>
    <message>
        <source>The certificate type is accepted for the entity type</source>
        <translation>证件类型适用于该主办单位性质</translation>
    </message>
    <message>
        <source>An individual filing outside the ID province has residence proof where allowed</source>
        <translation>个人在身份证签发省份以外备案时，在允许的省份提供居住证明</translation>
    </message>
    <message>
        <source>The filing province is a mainland province</source>
        <translation>备案省份为内地省份</translation>
    </message>
    <message>
        <source>The entity&apos;s ICP filing number is well-formed and belongs to the filing province</source>
        <translation>主体ICP备案号格式正确且属于备案省份</translation>
    </message>
    <message>
        <source>The entity&apos;s name, certificate number and addresses are filled in</source>
        <translation>已填写主体名称、证件号码和地址</translation>
    </message>
    <message>
        <source>The postcode has six digits</source>
        <translation>邮政编码为 6 位数字</translation>
    </message>
    <message>
        <source>The province accepts foreign individuals</source>
        <translation>备案省份受理外籍个人备案</translation>
    </message>
    <message>
        <source>A person&apos;s identity document number is valid</source>
        <translation>人员的证件号码有效</translation>
    </message>
    <message>
        <source>The birth date in a person&apos;s ID number is real and not in the future</source>
        <translation>人员身份证号码中的出生日期真实存在且不晚于当前日期</translation>
    </message>
    <message>
        <source>Principals meet the province&apos;s minimum age</source>
        <translation>负责人达到本省规定的最低年龄</translation>
    </message>
    <message>
        <source>The mobile number can receive the MIIT verification SMS</source>
        <translation>手机号码能够接收工信部核验短信</translation>
    </message>
    <message>
        <source>Virtual-operator and data-card numbers may not receive the MIIT SMS</source>
        <translation>虚拟运营商和数据卡号码可能收不到工信部核验短信</translation>
    </message>
    <message>
        <source>The mobile number is local to the filing province where required</source>
        <translation>在有要求的省份，手机号码归属地为备案省份</translation>
    </message>
    <message>
        <source>A mobile number or ID number is not already used by another entity</source>
        <translation>手机号码或证件号码未被其他主体使用</translation>
    </message>
    <message>
        <source>Persons in one order have distinct e-mail addresses where required</source>
        <translation>在有要求的省份，同一订单中的人员使用不同的电子邮箱地址</translation>
    </message>
    <message>
        <source>A second contact number is given where required and differs from the mobile</source>
        <translation>在有要求的省份已填写第二联系方式，且与手机号码不同</translation>
    </message>
    <message>
        <source>Identity documents stay valid at least three months after submission</source>
        <translation>身份证件在提交后至少三个月内有效</translation>
    </message>
    <message>
        <source>The entity principal is the legal representative or is authorised</source>
        <translation>主体负责人为法定代表人或已获授权</translation>
    </message>
    <message>
        <source>With a delegated entity principal the website principal follows the province rule</source>
        <translation>主体负责人非法定代表人时，网站负责人符合本省规定</translation>
    </message>
    <message>
        <source>A website principal who is not the legal representative has an authorisation letter</source>
        <translation>非法定代表人担任网站负责人时已提供授权书</translation>
    </message>
    <message>
        <source>The entity principal and every website principal are named</source>
        <translation>已指定主体负责人及每个网站的网站负责人</translation>
    </message>
    <message>
        <source>The e-mail address is valid</source>
        <translation>电子邮箱地址有效</translation>
    </message>
    <message>
        <source>The second contact number is a valid landline or mobile number</source>
        <translation>第二联系方式是有效的固定电话或手机号码</translation>
    </message>
    <message>
        <source>In a personal filing the entity principal is the individual filer</source>
        <translation>个人备案的主体负责人为备案人本人</translation>
    </message>
    <message>
        <source>The website name has at least three Chinese characters and is not a domain</source>
        <translation>网站名称至少包含三个汉字且不是域名</translation>
    </message>
    <message>
        <source>A personal website name has no company, organisation or commerce words</source>
        <translation>个人网站名称不含公司、组织或商业类词语</translation>
    </message>
    <message>
        <source>A non-state entity&apos;s website name has no state-level words without approval</source>
        <translation>非国家机关主体的网站名称未经批准不含国字号词语</translation>
    </message>
    <message>
        <source>A personal website name has no place names</source>
        <translation>个人网站名称不含地名</translation>
    </message>
    <message>
        <source>Each pre-approval has a known category, a permit number and its scan</source>
        <translation>每项前置审批均有已知类别、审批文件编号及其扫描件</translation>
    </message>
    <message>
        <source>Personal filings declare no pre-approval and no forum service</source>
        <translation>个人备案不申报前置审批，也不申报论坛服务</translation>
    </message>
    <message>
        <source>Personal website remarks contain the pledge sentence where required</source>
        <translation>在有要求的省份，个人网站备注包含承诺语句</translation>
    </message>
    <message>
        <source>Personal website remarks describe the content with the required length</source>
        <translation>个人网站备注按要求的字数描述网站内容</translation>
    </message>
    <message>
        <source>The service type &quot;other&quot; comes with a content remark</source>
        <translation>服务类型为“其他”时附有内容备注</translation>
    </message>
    <message>
        <source>A personal website uses a service type the province accepts</source>
        <translation>个人网站使用本省接受的服务类型</translation>
    </message>
    <message>
        <source>Homepage URLs are on the website&apos;s domains and follow the province&apos;s count rule</source>
        <translation>首页网址属于网站的域名，且数量符合本省规定</translation>
    </message>
    <message>
        <source>A new website does not reuse the name of the entity&apos;s filed website</source>
        <translation>新增网站不沿用该主体已备案网站的名称</translation>
    </message>
    <message>
        <source>A website with several domains notes that they point to the same site</source>
        <translation>有多个域名的网站已注明这些域名指向同一网站</translation>
    </message>
    <message>
        <source>The website is hosted on a mainland server</source>
        <translation>网站托管在内地服务器上</translation>
    </message>
    <message>
        <source>The website filing number is well-formed and belongs to the entity number</source>
        <translation>网站备案号格式正确且从属于主体备案号</translation>
    </message>
    <message>
        <source>The website name has no sensitive words</source>
        <translation>网站名称不含敏感词</translation>
    </message>
    <message>
        <source>The website has a known service type</source>
        <translation>网站的服务类型为已知类型</translation>
    </message>
    <message>
        <source>The domain is well-formed and its suffix can be filed</source>
        <translation>域名格式正确且其后缀可以备案</translation>
    </message>
    <message>
        <source>The province accepts the domain suffix</source>
        <translation>备案省份接受该域名后缀</translation>
    </message>
    <message>
        <source>A .org domain must be checked against the live MIIT list</source>
        <translation>.org 域名须对照工信部最新名单核实</translation>
    </message>
    <message>
        <source>Only registrable domains are filed, not subdomains</source>
        <translation>只备案一级域名，不备案子域名</translation>
    </message>
    <message>
        <source>The domain is registered with an MIIT-accredited registrar</source>
        <translation>域名在工信部批准的注册商处注册</translation>
    </message>
    <message>
        <source>The domain registrant matches the filing entity</source>
        <translation>域名持有者与备案主体一致</translation>
    </message>
    <message>
        <source>The domain was real-name verified at least three working days before submission</source>
        <translation>域名已在提交前至少三个工作日完成实名认证</translation>
    </message>
    <message>
        <source>The domain stays registered long enough after submission</source>
        <translation>域名在提交后仍有足够的剩余有效期</translation>
    </message>
    <message>
        <source>A domain appears only once in an order</source>
        <translation>同一域名在订单中只出现一次</translation>
    </message>
    <message>
        <source>Public bodies use public-sector suffixes where the province asks for them</source>
        <translation>在有要求的省份，机关和事业单位使用公共部门专用域名后缀</translation>
    </message>
    <message>
        <source>The registered capital meets the licence minimum</source>
        <translation>注册资本达到许可证的最低要求</translation>
    </message>
    <message>
        <source>Foreign equity is within the cap for the services applied for</source>
        <translation>外资持股比例不超过所申请业务的上限</translation>
    </message>
    <message>
        <source>Only companies apply for an ICP licence</source>
        <translation>只有公司可以申请ICP许可证</translation>
    </message>
    <message>
        <source>A licence application refers to the entity&apos;s ICP filing</source>
        <translation>许可证申请已关联该主体的ICP备案</translation>
    </message>
    <message>
        <source>A licence application lists known service categories</source>
        <translation>许可证申请所列业务种类均为已知类别</translation>
    </message>
    <message>
        <source>The annual report is filed by 31 March for every licence held on 31 December</source>
        <translation>12 月 31 日持有的每张许可证均在次年 3 月 31 日前报送年报</translation>
    </message>
    <message>
        <source>The filing or licence number is well-formed</source>
        <translation>备案号或许可证编号格式正确</translation>
    </message>
    <message>
        <source>A licence expires five years after issue</source>
        <translation>许可证自核发之日起五年后到期</translation>
    </message>
    <message>
        <source>Documents use a file format the provider accepts</source>
        <translation>材料使用接入商接受的文件格式</translation>
    </message>
    <message>
        <source>Documents are within the provider&apos;s size limits</source>
        <translation>材料大小符合接入商的限制</translation>
    </message>
    <message>
        <source>The required documents are attached</source>
        <translation>已上传所需材料</translation>
    </message>
    <message>
        <source>A website construction plan is attached above the province&apos;s thresholds</source>
        <translation>超过本省规定数量时已上传网站建设方案书</translation>
    </message>
    <message>
        <source>Domain certificates are attached where the province asks for them</source>
        <translation>在有要求的省份已上传域名证书</translation>
    </message>
    <message>
        <source>Every document belongs to a person or website of the application</source>
        <translation>每份材料均属于本申请中的某个人员或网站</translation>
    </message>
    <message>
        <source>The order stays within the provider&apos;s and province&apos;s website limits</source>
        <translation>订单中的网站数量不超过接入商和本省的上限</translation>
    </message>
    <message>
        <source>The order stays within the province&apos;s domain limits per submission</source>
        <translation>订单中的域名数量不超过本省每次提交的上限</translation>
    </message>
    <message>
        <source>The entity has no other order in progress</source>
        <translation>该主体没有其他办理中的订单</translation>
    </message>
    <message>
        <source>No domain is part of another order in progress</source>
        <translation>所有域名均不在其他办理中的订单内</translation>
    </message>
    <message>
        <source>The MIIT SMS verification is completed within 24 hours</source>
        <translation>在 24 小时内完成工信部短信核验</translation>
    </message>
    <message>
        <source>The authority review stays within its working-day limit</source>
        <translation>管局审核未超过规定的工作日时限</translation>
    </message>
    <message>
        <source>An order waiting on the applicant expires after 45 idle days</source>
        <translation>等待申请人处理的订单闲置 45 天后失效</translation>
    </message>
    <message>
        <source>The public-security filing is made within 30 days of going live</source>
        <translation>网站开通后 30 日内办理公安联网备案</translation>
    </message>
    <message>
        <source>Changes to filed data are filed 30 days before they take effect</source>
        <translation>备案信息变更在生效前 30 日办理变更备案</translation>
    </message>
    <message>
        <source>The operation fits whether the entity is already filed</source>
        <translation>备案类型与主体是否已备案相符</translation>
    </message>
    <message>
        <source>The order contains at least one website</source>
        <translation>订单至少包含一个网站</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员%1</translation>
    </message>
    <message>
        <source>Enter a website name of at least three Chinese characters that describes the content.</source>
        <translation>请输入能反映网站内容、至少包含三个汉字的网站名称。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; is the domain name. Use a Chinese name that describes the site.</source>
        <translation>网站名称“%1”就是域名。请使用能反映网站内容的中文名称。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; has %2 Chinese characters; at least 3 are required, and names made only of digits or Latin letters are rejected.</source>
        <translation>网站名称“%1”仅含 %2 个汉字；至少需要 3 个汉字，纯数字或纯英文字母的名称将被驳回。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; contains special symbols. Use only Chinese characters, letters and digits.</source>
        <translation>网站名称“%1”包含特殊符号。请只使用汉字、字母和数字。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; contains &quot;%2&quot;, which personal websites may not use (company, organisation or commerce wording). Choose a name that describes personal content.</source>
        <translation>网站名称“%1”包含“%2”，个人网站不得使用此类词语（公司、组织或商业类词语）。请选用能体现个人网站内容的名称。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; contains the place name &quot;%2&quot;; personal website names should not contain place names.</source>
        <translation>网站名称“%1”包含地名“%2”；个人网站名称不应包含地名。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; contains &quot;%2&quot;, which only state bodies may use. Rename the site or attach the competent department&apos;s approval.</source>
        <translation>网站名称“%1”包含“%2”，该词语仅限国家机关使用。请修改网站名称，或上传主管部门的批准文件。</translation>
    </message>
    <message>
        <source>The website name &quot;%1&quot; contains the sensitive word &quot;%2&quot;. Choose another name.</source>
        <translation>网站名称“%1”包含敏感词“%2”。请更换名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known pre-approval category. Choose one from the list.</source>
        <translation>“%1”不是已知的前置审批类别。请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the permit number of the pre-approval.</source>
        <translation>请输入前置审批文件的编号。</translation>
    </message>
    <message>
        <source>Attach the scan of the pre-approval permit.</source>
        <translation>请上传前置审批文件的扫描件。</translation>
    </message>
    <message>
        <source>Personal websites cannot offer content that needs a pre-approval. File as an organisation or remove the pre-approval content.</source>
        <translation>个人网站不得提供需要前置审批的内容。请以单位名义备案，或删除涉及前置审批的内容。</translation>
    </message>
    <message>
        <source>Choose the service type of the website.</source>
        <translation>请选择网站的服务类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known service type.</source>
        <translation>“%1”不是已知的服务类型。</translation>
    </message>
    <message>
        <source>Personal websites cannot run a forum or bulletin board.</source>
        <translation>个人网站不得开办论坛或电子公告服务。</translation>
    </message>
    <message>
        <source>The service type &quot;%1&quot; is not accepted for personal websites in this province.</source>
        <translation>本省个人网站不接受服务类型“%1”。</translation>
    </message>
    <message>
        <source>This province requires personal websites to use the service type &quot;%1&quot;.</source>
        <translation>本省要求个人网站使用服务类型“%1”。</translation>
    </message>
    <message>
        <source>With the service type &quot;%1&quot; this province requires a remark describing the site&apos;s content.</source>
        <translation>服务类型为“%1”时，本省要求在备注中说明网站内容。</translation>
    </message>
    <message>
        <source>Describe the content of the personal website in the remarks, at least %1 characters (now %2).</source>
        <translation>请在备注中描述个人网站的内容，至少 %1 个字（当前为 %2 个字）。</translation>
    </message>
    <message>
        <source>Describe the content the personal website will carry after launch in the remarks.</source>
        <translation>请在备注中描述个人网站开通后将发布的内容。</translation>
    </message>
    <message>
        <source>This province requires the pledge sentence in the remarks of personal websites: &quot;%1&quot;</source>
        <translation>本省要求在个人网站的备注中填写承诺语句：“%1”</translation>
    </message>
    <message>
        <source>Enter the homepage URL of the website.</source>
        <translation>请输入网站的首页网址。</translation>
    </message>
    <message>
        <source>The homepage %1 is not on one of the website&apos;s domains. Add its domain to the website or correct the URL.</source>
        <translation>首页网址 %1 不属于该网站的任何域名。请将其域名添加到该网站，或更正网址。</translation>
    </message>
    <message>
        <source>This province accepts exactly one homepage URL per website; %1 are given.</source>
        <translation>本省要求每个网站只填写一个首页网址；当前填写了 %1 个。</translation>
    </message>
    <message>
        <source>This province expects one homepage URL for each domain: %1 domains but %2 URLs.</source>
        <translation>本省要求每个域名对应一个首页网址：当前有 %1 个域名，却填写了 %2 个网址。</translation>
    </message>
    <message>
        <source>The website has %1 domains; this province expects the remark &quot;%2&quot;.</source>
        <translation>该网站有 %1 个域名；本省要求在备注中注明“%2”。</translation>
    </message>
    <message>
        <source>Enter the access provider and the server location of the website &quot;%1&quot;.</source>
        <translation>请输入网站“%1”的接入商和服务器所在地。</translation>
    </message>
    <message>
        <source>Enter the access provider (hosting company) of the website.</source>
        <translation>请输入网站的接入商（服务器托管服务商）。</translation>
    </message>
    <message>
        <source>The server must be in mainland China; servers in Hong Kong, Macao, Taiwan or abroad cannot be filed.</source>
        <translation>服务器必须位于中国内地；位于香港、澳门、台湾或境外的服务器无法备案。</translation>
    </message>
    <message>
        <source>The website filing number %1 is not valid: %2</source>
        <translation>网站备案号 %1 无效：%2</translation>
    </message>
    <message>
        <source>%1 is an entity number; a website number ends with -n (for example %1-1).</source>
        <translation>%1 是主体备案号；网站备案号以 -n 结尾（例如 %1-1）。</translation>
    </message>
    <message>
        <source>The website number %1 does not belong to the entity number %2.</source>
        <translation>网站备案号 %1 不属于主体备案号 %2。</translation>
    </message>
    <message>
        <source>The entity already has a filed website named &quot;%1&quot;. Choose another name, or add the domain to that website with a change filing.</source>
        <translation>该主体已有名为“%1”的已备案网站。请更换名称，或通过变更备案将该域名添加到该网站。</translation>
    </message>
    <message>
        <source>The domain %1 is registered under the certificate number %2, not the entity&apos;s %3. Correct the number here or the registrant&apos;s real-name data at the registrar.</source>
        <translation>域名 %1 的持有者证件号码为 %2，而非主体的 %3。请在此更正号码，或到注册商处更正域名持有者的实名信息。</translation>
    </message>
    <message>
        <source>The SMS verification deadline passed on %1 Beijing time; the order is returned to the provider and must be resubmitted.</source>
        <translation>短信核验已于北京时间 %1 截止；订单已退回接入商，须重新提交。</translation>
    </message>
    <message>
        <source>Complete the MIIT SMS verification by %1 Beijing time (code + mobile + last six characters of the ID number).</source>
        <translation>请在北京时间 %1 前完成工信部短信核验（需填写验证码、手机号码及证件号码后六位）。</translation>
    </message>
    <message>
        <source>The public holidays of %1 are not in the working-day calendar yet, so only weekends were skipped: the count is approximate.</source>
        <translation>工作日历尚未收录 %1 年的法定节假日，仅扣除了周末：工作日数为估算值。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; this document must be smaller than %3 MB. Reduce the resolution or compression.</source>
        <translation>%1 为 %2 MB；此材料必须小于 %3 MB。请降低分辨率或提高压缩率。</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; has %2 domains; since %3 a website is filed with exactly one domain. File each domain as its own website.</source>
        <translation>网站“%1”有 %2 个域名；自 %3 起，一个网站只能备案一个域名。请将每个域名作为单独的网站备案。</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; lists %2 domains. A website filed with several domains before %3 may keep or drop them in a change, but not add one: check that each was filed with it, and file a new domain as a new website.</source>
        <translation>网站“%1”列有 %2 个域名。%3 之前以多个域名备案的网站在变更时可以保留或删除域名，但不能新增：请核对每个域名都已随该网站备案，新域名请作为新网站备案。</translation>
    </message>
    <message>
        <source>The website %1 was filed with the domain %2; a change cannot replace it by %3. File %3 as a new website.</source>
        <translation>网站 %1 备案的域名是 %2；变更备案不能将其换成 %3。请将 %3 作为新网站备案。</translation>
    </message>
    <message>
        <source>A change cannot add the domain %1 to the website %2: its filed domains may only be kept or dropped. File %1 as a new website.</source>
        <translation>变更备案不能为网站 %2 新增域名 %1：已备案的域名只能保留或删除。请将 %1 作为新网站备案。</translation>
    </message>
    <message>
        <source>The code %1 starts with %2, which is not a registration authority and category of GB 32100. Check the code against the certificate.</source>
        <translation>代码 %1 以 %2 开头，这不是 GB 32100 规定的登记管理部门和机构类别代码。请对照证件核对代码。</translation>
    </message>
    <message>
        <source>The code %1 was issued in %2, but the filing province is %3. A code stays the same when an organisation moves, so this can be right: check that the certificate address is in %3, since the certificate address decides where the organisation files.</source>
        <translation>代码 %1 由%2赋码，但备案省份为%3。组织迁址后统一社会信用代码不变，因此这可能是正确的：请核对证件住所是否在%3，单位应在证件住所所在省份备案。</translation>
    </message>
    <message>
        <source>The code %1 is not a company&apos;s: its category %2 is &quot;%3&quot;. Only a lawfully established company can hold a value-added telecom licence.</source>
        <translation>代码 %1 不属于公司：其类别 %2 为“%3”。只有依法设立的公司才能取得增值电信业务经营许可证。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a form that is not a company (%2); only a company can hold a value-added telecom licence. Check the form on the business licence.</source>
        <translation>“%1”表明的组织形式（%2）不是公司；只有公司才能取得增值电信业务经营许可证。请核对营业执照上的组织形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a company form (有限公司 or 股份有限公司); only a company can hold a value-added telecom licence. Check the form on the business licence.</source>
        <translation>“%1”的名称中没有公司组织形式（“有限公司”或“股份有限公司”）；只有公司才能取得增值电信业务经营许可证。请核对营业执照上的组织形式。</translation>
    </message>
    <message>
        <source>Foreign equity of %1 % exceeds the cap of %2 % for %3; the 2024 pilot may lift it in this province&apos;s pilot zones. Confirm that the entity is in a pilot zone.</source>
        <translation>外资比例 %1% 超过 %3 的上限 %2%；2024 年试点可能在本省试点区域内取消该限制。请确认主体位于试点区域内。</translation>
    </message>
    <message>
        <source>Foreign equity of %1 % exceeds the cap of %2 % for %3.</source>
        <translation>外资比例 %1% 超过 %3 的上限 %2%。</translation>
    </message>
    <message>
        <source>The licence number %1 covers %2, but the service %3 belongs to category %4: a %5 licence does not cover it. Check the number or the services.</source>
        <translation>许可证编号 %1 的类别为 %2，但业务 %3 属于 %4 类：%5 类许可证不包含该业务。请核对编号或业务种类。</translation>
    </message>
    <message>
        <source>The renewal of licence %1 had to be applied for by %2 (%3 days before expiry on %4). Unless it was, the right to renew is lost: the licence cannot be renewed, and continuing after %4 needs a new licence application.</source>
        <translation>许可证 %1 的延续申请须在 %2 之前提出（有效期于 %4 届满前 %3 天）。如未按期提出，即丧失延续的权利：许可证不予延续，%4 之后继续经营须重新申请许可证。</translation>
    </message>
    <message>
        <source>Apply for the renewal of licence %1 by %2; a renewal applied for later is refused.</source>
        <translation>请在 %2 之前申请延续许可证 %1；逾期提出的延续申请不予受理。</translation>
    </message>
    <message>
        <source>The annual report for %1 of licence %2 was filed late, on %3 (due by %4). Late reporters may be put on the bad list; check the licence&apos;s standing with the issuing authority.</source>
        <translation>许可证 %2 的 %1 年度报告于 %3 逾期报送（截止日期为 %4）。逾期报送者可能被列入不良名单；请向发证机关核实许可证状态。</translation>
    </message>
    <message>
        <source>An organisation files in the province of its certificate address</source>
        <translation>单位在证件住所所在省份备案</translation>
    </message>
    <message>
        <source>A religious group&apos;s website has the religious information permit; a name touching a regulated field asks for its pre-approval</source>
        <translation>宗教团体的网站须取得互联网宗教信息服务许可证；名称涉及需审批领域时提示确认前置审批</translation>
    </message>
    <message>
        <source>A website filed in a first filing or as a new website has exactly one domain</source>
        <translation>首次备案或新增网站时，每个网站只有一个域名</translation>
    </message>
    <message>
        <source>A change keeps or drops the filed domains of a website and never adds one</source>
        <translation>变更备案只能保留或删除网站已备案的域名，不能新增</translation>
    </message>
    <message>
        <source>Licence renewal is applied for at least 90 days before expiry; later it is refused</source>
        <translation>许可证延续须在有效期届满前至少 90 天申请，逾期不予延续</translation>
    </message>
    <message>
        <source>The licence number&apos;s categories cover the licence&apos;s services (B1 is not B2)</source>
        <translation>许可证编号的类别涵盖许可证的业务种类（B1 不等于 B2）</translation>
    </message>
    <message>
        <source>A website of the entity type &quot;%1&quot; needs the pre-approval %2 (%3) before it is filed. Add the pre-approval with its permit.</source>
        <translation>主办单位性质为“%1”的网站在备案前须取得%2前置审批（%3）。请添加该前置审批及其许可证。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &quot;%2&quot;: does the website offer %3 content? If so, it needs a pre-approval (%4) before filing. If not, sign and attach the no-pre-approval pledge where the province uses one, or explain the name in the remarks.</source>
        <translation>名称“%1”包含“%2”：网站是否提供%3内容？如是，备案前须取得前置审批（%4）。如否，请在使用承诺书的省份签署并上传不涉及前置审批承诺书，或在备注中说明名称的含义。</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>已取消扫描。</translation>
    </message>
    <message>
        <source>The document feeder is empty.</source>
        <translation>自动进纸器中没有纸张。</translation>
    </message>
    <message>
        <source>Paper is jammed in the scanner.</source>
        <translation>扫描仪卡纸。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open.</source>
        <translation>扫描仪盖板未合上。</translation>
    </message>
    <message>
        <source>Reading the scan parameters failed</source>
        <translation>读取扫描参数失败</translation>
    </message>
    <message>
        <source>The scanner sends a frame format this application does not support (three-pass colour).</source>
        <translation>扫描仪发送的帧格式本程序不支持（三遍彩色扫描）。</translation>
    </message>
    <message>
        <source>The scanner did not say how large the image is (hand-held scanners are not supported).</source>
        <translation>扫描仪未提供图像尺寸（不支持手持式扫描仪）。</translation>
    </message>
    <message>
        <source>Scanning failed</source>
        <translation>扫描失败</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not be started.</source>
        <translation>无法启动扫描仪库（SANE）。</translation>
    </message>
    <message>
        <source>Listing the scanners failed</source>
        <translation>列出扫描仪失败</translation>
    </message>
    <message>
        <source>Opening the scanner %1 failed</source>
        <translation>打开扫描仪 %1 失败</translation>
    </message>
    <message>
        <source>Starting the scan failed</source>
        <translation>启动扫描失败</translation>
    </message>
    <message>
        <source>There are no scanned pages to save.</source>
        <translation>没有可保存的扫描页。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>未知语言 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The sample application did not open.</source>
        <translation>示例申请未能打开。</translation>
    </message>
    <message>
        <source>The sample application&apos;s checklist has no commitment letter line.</source>
        <translation>示例申请的材料清单中没有承诺书一项。</translation>
    </message>
    <message>
        <source>Attaching the commitment letter did not finish.</source>
        <translation>承诺书未能完成添加。</translation>
    </message>
    <message>
        <source>The viewer did not show the commitment letter.</source>
        <translation>查看器未能显示承诺书。</translation>
    </message>
    <message>
        <source>The scanner dialog closed by itself.</source>
        <translation>扫描对话框自行关闭了。</translation>
    </message>
    <message>
        <source>The commitment letter could not be rendered.</source>
        <translation>无法渲染承诺书。</translation>
    </message>
    <message>
        <source>The scanned commitment letter failed its checks: %1</source>
        <translation>扫描的承诺书未通过检查：%1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An application without an id cannot be saved.</source>
        <translation>没有 id 的申请无法保存。</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>不存在 id 为 %1 的申请。</translation>
    </message>
    <message>
        <source>The rows of the table %1 are out of order.</source>
        <translation>表 %1 中各行的顺序有误。</translation>
    </message>
    <message>
        <source>There is no licence with the id %1.</source>
        <translation>不存在 id 为 %1 的许可证。</translation>
    </message>
    <message>
        <source>A licence without an id cannot be saved.</source>
        <translation>没有 id 的许可证无法保存。</translation>
    </message>
    <message>
        <source>The database reported an error (%1): %2</source>
        <translation>数据库报告错误（%1）：%2</translation>
    </message>
    <message>
        <source>The database holds the unknown value “%1” in the column %2.</source>
        <translation>数据库的 %2 列中存在未知值“%1”。</translation>
    </message>
    <message>
        <source>An obligation without an id cannot be marked done.</source>
        <translation>没有 ID 的义务无法标记为已完成。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No token is stored for %1: enter it in Settings.</source>
        <translation>尚未为 %1 保存令牌：请在“设置”中输入。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The backend refused the submission: %1</source>
        <translation>备案系统拒绝了此次提交：%1</translation>
    </message>
    <message>
        <source>The queued dossier cannot be read, so its documents cannot be sent.</source>
        <translation>无法读取排队中的申请资料，因此无法发送其材料。</translation>
    </message>
    <message>
        <source>The attachment %1 (%2) cannot be sent: %3</source>
        <translation>附件 %1（%2）无法发送：%3</translation>
    </message>
    <message>
        <source>The submission was not sent: %1</source>
        <translation>未发送该提交：%1</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <source>The backend&apos;s TLS certificate was not accepted: %1. Nothing was sent.</source>
        <translation>备案系统的 TLS 证书未通过验证：%1。未发送任何内容。</translation>
    </message>
    <message>
        <source>Refused to send over plain HTTP to a host that is not this computer.</source>
        <translation>拒绝通过明文 HTTP 向非本机的主机发送数据。</translation>
    </message>
    <message>
        <source>The backend did not answer in time.</source>
        <translation>备案系统未及时响应。</translation>
    </message>
    <message>
        <source>The backend cannot be reached (%1).</source>
        <translation>无法连接备案系统（%1）。</translation>
    </message>
    <message>
        <source>The connection to the backend failed (%1).</source>
        <translation>与备案系统的连接失败（%1）。</translation>
    </message>
    <message>
        <source>The backend did not accept the token: check it in Settings.</source>
        <translation>备案系统不接受该令牌：请在“设置”中检查。</translation>
    </message>
    <message>
        <source>The backend refused the dossier: %1: %2</source>
        <translation>备案系统拒绝了备案资料包：%1：%2</translation>
    </message>
    <message>
        <source>The backend answered %1 (%2): %3</source>
        <translation>备案系统返回 %1（%2）：%3</translation>
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
    <message>
        <source>Enter the Foreign Permanent Resident ID Card number.</source>
        <translation>请输入外国人永久居留身份证号码。</translation>
    </message>
    <message>
        <source>A Foreign Permanent Resident ID Card number has 18 characters starting with 9 (cards since 2023), or 3 letters and 12 digits (2017 cards).</source>
        <translation>外国人永久居留身份证号码为以 9 开头的 18 位字符（2023 年起的证件），或 3 位字母加 12 位数字（2017 年版证件）。</translation>
    </message>
    <message>
        <source>The check character of the Foreign Permanent Resident ID Card number %1 is wrong: check for a mistyped digit.</source>
        <translation>外国人永久居留身份证号码 %1 的校验位不正确：请检查是否输错了数字。</translation>
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
    <message>
        <source>Resident office of a foreign news agency</source>
        <translation>外国常驻新闻机构</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <source>Grass-roots legal service office</source>
        <translation>基层法律服务所</translation>
    </message>
    <message>
        <source>Judicial expertise institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <source>Commercial mediation organisation</source>
        <translation>商事调解组织</translation>
    </message>
    <message>
        <source>Foreign cultural centre</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居民委员会</translation>
    </message>
    <message>
        <source>Resident office of a foreign tourism authority</source>
        <translation>外国政府旅游部门常驻代表机构</translation>
    </message>
    <message>
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>港澳台地区旅游部门常驻内地（大陆）代表机构</translation>
    </message>
    <message>
        <source>Venue for religious activities</source>
        <translation>宗教活动场所</translation>
    </message>
    <message>
        <source>Religious college</source>
        <translation>宗教院校</translation>
    </message>
    <message>
        <source>Grass-roots trade union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Trade union without legal personality</source>
        <translation>非法人工会组织</translation>
    </message>
    <message>
        <source>Military public institution</source>
        <translation>军队事业单位</translation>
    </message>
    <message>
        <source>Representative office of a foreign NGO</source>
        <translation>境外非政府组织代表机构</translation>
    </message>
    <message>
        <source>Owners&apos; assembly</source>
        <translation>业主大会</translation>
    </message>
    <message>
        <source>Group-level rural collective economic organisation</source>
        <translation>组级集体经济组织</translation>
    </message>
    <message>
        <source>Village-level rural collective economic organisation</source>
        <translation>村级集体经济组织</translation>
    </message>
    <message>
        <source>Township-level rural collective economic organisation</source>
        <translation>乡镇级集体经济组织</translation>
    </message>
    <message>
        <source>Grass-roots federation of returned overseas Chinese</source>
        <translation>基层侨联组织</translation>
    </message>
    <message>
        <source>Category not in GB 32100</source>
        <translation>不在 GB 32100 中的类别</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>(choose a province)</source>
        <translation>（请选择省份）</translation>
    </message>
    <message>
        <source>The entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>(no longer in the application)</source>
        <translation>（已不在本申请中）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (Beijing time)</source>
        <comment>a date and time</comment>
        <translation>%1（北京时间）</translation>
    </message>
</context>
<context>
    <name>icp::AnnualReportsEditor</name>
    <message>
        <source>Annual report %1</source>
        <translation>%1 年度年报</translation>
    </message>
    <message>
        <source>%1, year: “%2” is not an operating year (%3–%4).</source>
        <translation>%1，年度：“%2”不是经营年度（%3–%4）。</translation>
    </message>
    <message>
        <source>%1, year: %2 is listed twice.</source>
        <translation>%1，年度：%2 重复列出。</translation>
    </message>
    <message>
        <source>filed on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>A licence reports on each operating year between 1 January and 31 March of the following year. Record each report once it is filed.</source>
        <translation>许可证须在次年 1 月 1 日至 3 月 31 日期间报送每个经营年度的年报。每份年报报送后请及时记录。</translation>
    </message>
    <message>
        <source>Operating year</source>
        <translation>经营年度</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Add re&amp;port</source>
        <translation>添加年报(&amp;P)</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>删除年报</translation>
    </message>
</context>
<context>
    <name>icp::ApplicationCommands</name>
    <message>
        <source>There is no deleted application to restore.</source>
        <translation>没有可恢复的已删除申请。</translation>
    </message>
    <message>
        <source>The dossier could not be written to %1: %2</source>
        <translation>无法将备案资料包写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>icp::ApplicationDraft</name>
    <message numerus="yes">
        <source>The application still has %n blocking problem(s); fix them before submitting.</source>
        <translation>
            <numerusform>该申请仍有 %n 个阻断性问题，请修正后再提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are still being checked; submit when the checks have finished.</source>
        <translation>
            <numerusform>仍有 %n 份材料正在检查；请在检查完成后提交。</numerusform>
        </translation>
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
    <message>
        <source>New application (no entity yet)</source>
        <translation>新申请（尚未填写主体）</translation>
    </message>
</context>
<context>
    <name>icp::ApplicationWizard</name>
    <message>
        <source>1 Collect application information</source>
        <translation>1 填写申请信息</translation>
    </message>
    <message>
        <source>2 Submit for auditing</source>
        <translation>2 提交审核</translation>
    </message>
    <message>
        <source>3 Application audited</source>
        <translation>3 审核完成</translation>
    </message>
    <message>
        <source>4 Application granted</source>
        <translation>4 申请获批</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>申请列表(&amp;A)</translation>
    </message>
    <message>
        <source>Save and go back to the list of applications</source>
        <translation>保存并返回申请列表</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Before going on, fix %n problem(s) on this page:</source>
        <translation>
            <numerusform>继续之前，请修正本页的 %n 个问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, listed under the fields)</source>
        <translation>
            <numerusform>（另有 %n 个，见各字段下方）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next: submit</source>
        <translation>下一步：提交(&amp;N)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter 键</translation>
    </message>
</context>
<context>
    <name>icp::ApplicationsPage</name>
    <message>
        <source>Search entities, websites, domains, status…</source>
        <translation>搜索主体、网站、域名、状态…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>搜索申请</translation>
    </message>
    <message>
        <source>Shows only the applications whose entity, website, domain or status contains the text.</source>
        <translation>仅显示主体、网站、域名或状态中包含该文字的申请。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请列表</translation>
    </message>
    <message>
        <source>Press Enter to open the selected application in the wizard.</source>
        <translation>按 Enter 键在向导中打开所选申请。</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>暂无申请</translation>
    </message>
    <message>
        <source>Start a new filing or licence application, or open the sample application to see how the assistant checks a filing: it has a few mistakes for you to fix. You can also import a dossier file someone sent you.</source>
        <translation>新建一份备案或许可证申请，或打开示例申请，看看本助手如何检查备案：示例中有几处错误等您修正。您也可以导入别人发给您的备案资料包文件。</translation>
    </message>
    <message>
        <source>Open the &amp;sample application</source>
        <translation>打开示例申请(&amp;S)</translation>
    </message>
    <message>
        <source>Adds an example enterprise filing with a few mistakes and opens it in the wizard.</source>
        <translation>添加一份含有几处错误的企业备案示例，并在向导中打开。</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import dossier…</source>
        <translation>导入备案资料包(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>icp::AuditPage</name>
    <message>
        <source>Application audited</source>
        <translation>审核完成</translation>
    </message>
    <message>
        <source>Where the application is in the review by the access provider and the Communications Administration.</source>
        <translation>申请在接入商初审和通信管理局审核中的进度。</translation>
    </message>
    <message>
        <source>The SMS verification deadline passed at %1: the application will be returned. Contact the access provider.</source>
        <translation>短信核验已于 %1 超时：申请将被退回。请联系接入商。</translation>
    </message>
    <message>
        <source>Answer the MIIT verification SMS within %1 h %2 min (by %3), or the application is returned.</source>
        <translation>请在 %1 小时 %2 分钟内（%3 前）完成工信部短信核验，否则申请将被退回。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Not submitted yet: the review starts when you submit the application in step 2.</source>
        <translation>尚未提交：在第 2 步提交申请后开始审核。</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>状态时间线</translation>
    </message>
    <message>
        <source>Why the application came back — fix each field, then submit again:</source>
        <translation>申请被退回的原因——请逐项修改后重新提交：</translation>
    </message>
</context>
<context>
    <name>icp::BackendSettings</name>
    <message>
        <source>The token is kept in memory until you quit the program.</source>
        <translation>令牌仅保存在内存中，退出程序后即失效。</translation>
    </message>
    <message>
        <source>Saved. The token is stored in the system keychain.</source>
        <translation>已保存。令牌已存入系统密钥环。</translation>
    </message>
    <message>
        <source>The address is saved. %1</source>
        <translation>地址已保存。%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>No token is stored for this backend yet: enter the token the access provider gave you.</source>
        <translation>尚未保存此备案系统的令牌：请输入接入商提供的令牌。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered and accepted the token.</source>
        <translation>连接成功：%1 已响应并接受令牌。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>已存入密钥环；输入新令牌可替换</translation>
    </message>
    <message>
        <source>Kept in memory for this run (no keychain)</source>
        <translation>仅在本次运行期间保存在内存中（无密钥环）</translation>
    </message>
    <message>
        <source>The token the access provider gave you</source>
        <translation>接入商提供的令牌</translation>
    </message>
    <message>
        <source>Submitted applications are sent to the access provider&apos;s registration backend, and their audit status comes back from it. The address must use HTTPS (plain HTTP only on this computer). The token is stored in the system keychain, never in the settings.</source>
        <translation>已提交的申请将发送到接入商的备案系统，审核状态也从备案系统同步回来。地址必须使用 HTTPS（仅本机地址可使用普通 HTTP）。令牌保存在系统密钥环中，绝不写入设置。</translation>
    </message>
    <message>
        <source>Backend &amp;address:</source>
        <translation>备案系统地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>备案系统地址</translation>
    </message>
    <message>
        <source>The web address of the registration backend, for example https://filing.example.com.</source>
        <translation>备案系统的网址，例如 https://filing.example.com。</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Backend token</source>
        <translation>备案系统令牌</translation>
    </message>
    <message>
        <source>The access token for the backend; it is hidden while typed and kept in the system keychain.</source>
        <translation>访问备案系统的令牌；输入时不显示明文，并保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save backend connection</source>
        <translation>保存备案系统连接</translation>
    </message>
    <message>
        <source>Stores the address in the settings and the token in the keychain.</source>
        <translation>将地址保存到设置中，将令牌保存到密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Asks the backend whether the address and the token work.</source>
        <translation>向备案系统确认地址和令牌是否可用。</translation>
    </message>
</context>
<context>
    <name>icp::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Filings in force</source>
        <translation>有效备案</translation>
    </message>
    <message>
        <source>Licences in force</source>
        <translation>有效许可证</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Overdue obligations</source>
        <translation>已逾期义务</translation>
    </message>
    <message>
        <source>Missed (no longer possible)</source>
        <translation>已错过（无法再办理）</translation>
    </message>
    <message numerus="yes">
        <source>Applications in review, the oldest for %n day(s)</source>
        <translation>
            <numerusform>审核中的申请，最早的已等待 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications in review</source>
        <translation>审核中的申请</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>全部主体</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部接入商</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Access provider</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>Kind of obligation</source>
        <translation>义务类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Search numbers, entities and titles</source>
        <translation>搜索编号、主体和标题</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Show every month</source>
        <translation>显示所有月份</translation>
    </message>
    <message>
        <source>The obligations could not be read: %1</source>
        <translation>无法读取义务：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>%n 项义务</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记为已完成…</translation>
    </message>
</context>
<context>
    <name>icp::DeadlineChart</name>
    <message>
        <source>Expiries and deadlines per month (next 24 months) — click a bar to list that month</source>
        <translation>每月到期与截止事项（未来 24 个月）——点击柱形可列出该月事项</translation>
    </message>
    <message>
        <source>Expiries (licences, domains)</source>
        <translation>到期（许可证、域名）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止期限</translation>
    </message>
    <message>
        <source>Expiries and deadlines per month</source>
        <translation>每月到期与截止事项</translation>
    </message>
</context>
<context>
    <name>icp::DocumentChecklistModel</name>
    <message>
        <source>Not required for this application.</source>
        <translation>本申请无需此材料。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必需。</translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation>建议提供。</translation>
    </message>
    <message>
        <source>The entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Missing (recommended)</source>
        <translation>缺少（建议提供）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Optional: attach any other document here.</source>
        <translation>可选：在此添加其他任何材料。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>icp::DocumentChecklistView</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>上传(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>Choose a PDF, JPEG or PNG file for the selected document.</source>
        <translation>为所选材料选择 PDF、JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>扫描(&amp;S)…</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scan the selected document with a scanner.</source>
        <translation>用扫描仪扫描所选材料。</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>生成文书(&amp;W)…</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>生成文书</translation>
    </message>
    <message>
        <source>Write the selected letter as a PDF to print, sign and seal.</source>
        <translation>将所选文书生成为 PDF，以便打印、签字并盖章。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the attached file.</source>
        <translation>显示已上传的文件。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除已上传文件</translation>
    </message>
    <message>
        <source>Remove the attached file from this application.</source>
        <translation>从本申请中删除已上传的文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel attaching</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Stop checking and reading the file being attached.</source>
        <translation>停止检查和识别正在上传的文件。</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>填入(&amp;F)</translation>
    </message>
    <message>
        <source>Fill in the field</source>
        <translation>填入字段</translation>
    </message>
    <message>
        <source>Copy the selected value read from the document into the empty field.</source>
        <translation>将从材料中识别出的所选值填入空白字段。</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>The documents this application needs and their state. Drop a file on a line to attach it.</source>
        <translation>本申请所需的材料及其状态。将文件拖放到某一行即可上传。</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>清单概要</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>材料详情</translation>
    </message>
    <message>
        <source>Values read from the documents</source>
        <translation>从材料中识别出的值</translation>
    </message>
    <message>
        <source>Values read from attached documents that can fill empty fields.</source>
        <translation>从已上传材料中识别出、可用于填写空白字段的值。</translation>
    </message>
    <message>
        <source>Attaching progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>原因：%1（%2）</translation>
    </message>
    <message>
        <source>%1 passed: %2</source>
        <translation>%1 已通过：%2</translation>
    </message>
    <message>
        <source>Attaching was cancelled.</source>
        <translation>已取消上传。</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>上传材料</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>上传%1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>材料 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>View document</source>
        <translation>查看材料</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>生成%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>扫描%1</translation>
    </message>
    <message>
        <source>That checklist line no longer exists.</source>
        <translation>该清单条目已不存在。</translation>
    </message>
    <message>
        <source>Checking %1 of %2</source>
        <translation>正在检查第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>检查进度</translation>
    </message>
    <message>
        <source>Cancel checking</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Stop checking the attached documents; the ones not checked yet stay so.</source>
        <translation>停止检查已添加的材料；尚未检查的材料保持未检查状态。</translation>
    </message>
    <message>
        <source>OK: %1 · Missing: %2 · Failed a check: %3 · Not checked yet: %4</source>
        <translation>合格：%1 · 缺少：%2 · 未通过检查：%3 · 尚未检查：%4</translation>
    </message>
</context>
<context>
    <name>icp::DocumentViewer</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Show the previous page.</source>
        <translation>显示上一页。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Show the next page.</source>
        <translation>显示下一页。</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>The page shown; type a number to go there.</source>
        <translation>当前显示的页面；输入页码可跳转。</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Make the page smaller.</source>
        <translation>缩小页面。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Make the page larger.</source>
        <translation>放大页面。</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Scale the page to the width of the window.</source>
        <translation>按窗口宽度缩放页面。</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Scale the page so that all of it is visible.</source>
        <translation>缩放页面以显示整页。</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left.</source>
        <translation>将页面向左旋转 90 度。</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right.</source>
        <translation>将页面向右旋转 90 度。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Small pictures of the pages; choose one to show it.</source>
        <translation>页面缩略图；选择一页即可显示。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The page shown.</source>
        <translation>当前显示的页面。</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page tools</source>
        <translation>页面工具</translation>
    </message>
</context>
<context>
    <name>icp::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>备案材料</translation>
    </message>
    <message>
        <source>Attach, scan or drop the documents this application needs. Each one is checked and read: what is wrong shows on its line.</source>
        <translation>添加、扫描或拖入本申请所需的材料。每份材料都会被检查和识别，存在的问题会显示在对应的行上。</translation>
    </message>
</context>
<context>
    <name>icp::DomainEditor</name>
    <message>
        <source>Domain %1</source>
        <translation>域名 %1</translation>
    </message>
    <message>
        <source>A-label %1 · registrable domain %2 · %3</source>
        <translation>ASCII 形式 %1 · 主域名 %2 · %3</translation>
    </message>
    <message>
        <source>fileable</source>
        <translation>可备案</translation>
    </message>
    <message>
        <source>suffix .%1 cannot be filed</source>
        <translation>后缀 .%1 不能备案</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>添加域名(&amp;D)</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>删除域名</translation>
    </message>
    <message>
        <source>Domain &amp;name:</source>
        <translation>域名(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;gistrar:</source>
        <translation>注册商(&amp;G)：</translation>
    </message>
    <message>
        <source>Registran&amp;t:</source>
        <translation>域名持有者(&amp;T)：</translation>
    </message>
    <message>
        <source>As in the registrar&apos;s WHOIS record; it must match the entity or its legal representative.</source>
        <translation>与注册商的 WHOIS 记录一致；须与主体或其法定代表人相符。</translation>
    </message>
    <message>
        <source>The registrant is an organisation</source>
        <translation>域名持有者为单位</translation>
    </message>
    <message>
        <source>Registrant&apos;s certificate number:</source>
        <translation>持有者证件号码：</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>到期日期(&amp;X)：</translation>
    </message>
    <message>
        <source>Real-name &amp;verified on:</source>
        <translation>实名认证日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Leave empty when the registrar has not verified the registrant yet.</source>
        <translation>注册商尚未完成实名认证时请留空。</translation>
    </message>
</context>
<context>
    <name>icp::EntityPage</name>
    <message>
        <source>Entity</source>
        <translation>主体信息</translation>
    </message>
    <message>
        <source>The organisation or person the websites belong to, exactly as on its certificate.</source>
        <translation>网站所属的单位或个人，须与证件上的信息完全一致。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Valid ID number: born %1, issued in %2</source>
        <translation>证件号码有效：出生日期 %1，发证地 %2</translation>
    </message>
    <message>
        <source>The code is valid but belongs to a %1 (%2), not to a %3: check the entity type.</source>
        <translation>代码有效，但属于%1（%2），而非%3：请检查主办单位性质。</translation>
    </message>
    <message>
        <source>Valid code: %1 (%2)</source>
        <translation>代码有效：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Name (as on the ID):</source>
        <translation>姓名（与证件一致）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>主办单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>身份证号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Entity &amp;type:</source>
        <translation>主办单位性质(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证件类型(&amp;C)：</translation>
    </message>
    <message>
        <source>Only the certificates this entity type may file with are listed.</source>
        <translation>仅列出该主办单位性质可用于备案的证件。</translation>
    </message>
    <message>
        <source>Certificate &amp;address:</source>
        <translation>证件住所(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mailing address:</source>
        <translation>通信地址(&amp;M)：</translation>
    </message>
    <message>
        <source>Down to the street number; the authority may send letters here.</source>
        <translation>请详细到门牌号；管理部门可能向此地址寄送信函。</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>邮政编码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Investor or supervising body:</source>
        <translation>投资人或主管单位(&amp;I)：</translation>
    </message>
    <message>
        <source>Registered &amp;capital (yuan):</source>
        <translation>注册资本（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Foreign equity:</source>
        <translation>外资持股比例(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>icp::FieldRow</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>icp::FindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n blocking)</source>
        <translation>
            <numerusform>%1（%n 个阻断）</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>icp::GrantedPage</name>
    <message>
        <source>Application granted</source>
        <translation>申请获批</translation>
    </message>
    <message>
        <source>The numbers to show on the websites and what is due next.</source>
        <translation>网站须展示的备案号，以及后续待办事项。</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>No number has been granted yet.</source>
        <translation>尚未取得备案号。</translation>
    </message>
    <message>
        <source>always</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Keep the footer number linked to https://beian.miit.gov.cn/ on every page.</source>
        <translation>每个页面底部的备案号须链接至 https://beian.miit.gov.cn/。</translation>
    </message>
    <message>
        <source>&amp;Footer HTML for the websites:</source>
        <translation>网站页脚 HTML(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the footer HTML to the clipboard</source>
        <translation>将页脚 HTML 复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;What is due next:</source>
        <translation>后续待办(&amp;W)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>icp::ImportDialog</name>
    <message>
        <source>Import licences and filings</source>
        <translation>导入许可证和备案</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message numerus="yes">
        <source>Preview (first %n row(s))</source>
        <translation>
            <numerusform>预览（前 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by %3.</source>
        <translation>
            <numerusform>%1：%n 行，%2，以%3分隔。</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Choose the column that holds the number: the import matches rows by it.</source>
        <translation>请选择包含编号的列：导入时按编号匹配行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>新建 %1 条，更新 %2 条，未变更 %3 条，拒绝 %4 条。</translation>
    </message>
    <message>
        <source>Rows as they will be imported</source>
        <translation>将要导入的行</translation>
    </message>
    <message>
        <source>Rows refused and why</source>
        <translation>被拒绝的行及原因</translation>
    </message>
</context>
<context>
    <name>icp::LicenceEditorDialog</name>
    <message>
        <source>Number: %1 is already in the registry; edit that record instead.</source>
        <translation>编号：%1 已在台账中；请改为编辑该记录。</translation>
    </message>
    <message>
        <source>Expires on: the expiry is before the issue date.</source>
        <translation>到期日期：到期日期早于发证日期。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>Discard the changes to %1? They have not been saved.</source>
        <translation>放弃对 %1 的修改吗？这些修改尚未保存。</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Before saving, correct this: %1</source>
        <translation>保存前请更正：%1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>New filing or licence</source>
        <translation>新建备案或许可证</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Websites &amp;&amp; domains</source>
        <translation>网站和域名(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Hosting &amp;&amp; changes</source>
        <translation>接入和变更(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Annual reports</source>
        <translation>年报(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>编号(&amp;M)：</translation>
    </message>
    <message>
        <source>京ICP备2021034286号 for a filing; 京ICP证030173号 or 粤B2-20090059 for a licence.</source>
        <translation>备案填写如 京ICP备2021034286号；许可证填写如 京ICP证030173号 或 粤B2-20090059。</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>主体(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;USCC:</source>
        <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The entity&apos;s unified social credit code (18 characters), when known.</source>
        <translation>主体的统一社会信用代码（18 位），如已知请填写。</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>业务(&amp;V)：</translation>
    </message>
    <message>
        <source>Value-added telecom services</source>
        <translation>增值电信业务</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>到期日期(&amp;X)：</translation>
    </message>
    <message>
        <source>A licence runs five years from its issue; filings do not expire.</source>
        <translation>许可证自发证之日起有效期五年；备案不会到期。</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>The person who answers for this record</source>
        <translation>对该记录负责的人员</translation>
    </message>
    <message>
        <source>A filing lives as long as its hosting (access) contract and its domains: a lapse endangers it. A change of the business registration must be followed by a licence change within 30 days.</source>
        <translation>备案的存续取决于其接入合同和域名：任何一项失效都会危及备案。工商登记变更后，须在 30 日内办理许可证变更。</translation>
    </message>
    <message>
        <source>Access &amp;provider:</source>
        <translation>接入商(&amp;P)：</translation>
    </message>
    <message>
        <source>Hosting &amp;expires on:</source>
        <translation>接入到期日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Business registration &amp;changed on:</source>
        <translation>工商登记变更日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Anything a colleague taking over should know.</source>
        <translation>同事接手时需要了解的任何信息。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>icp::LicenceListModel</name>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务种类</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>续期截止日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>icp::LicencesPage</name>
    <message>
        <source>Licences &amp; filings</source>
        <translation>许可证与备案</translation>
    </message>
    <message>
        <source>Licences and filing numbers</source>
        <translation>许可证和备案号</translation>
    </message>
    <message>
        <source>The licences could not be read: %1</source>
        <translation>无法读取许可证：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Your changes are still in the editor.</source>
        <translation>无法保存 %1：%2。您的修改仍保留在编辑器中。</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the registry? Its reminders end. The change log keeps a record of the deletion; a filing that still exists is better marked cancelled or expired than deleted.</source>
        <translation>确定从台账中删除 %1（%2）吗？其提醒将随之停止。变更日志会保留删除记录；仍然存在的备案最好标记为已注销或已过期，而不是删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>The ICP filing numbers and licences your organisation holds, soonest expiry first: from granted applications, imported dossiers, or entered here with New…. Double-click a record to edit it.</source>
        <translation>贵单位持有的 ICP 备案号和许可证，按到期时间由近及远排列：来源包括已获批的申请、导入的材料，或在此通过“新建…”录入。双击记录即可编辑。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No filing numbers or licences yet. They appear here when an application is granted, when you import a dossier that carries them, or when you enter one with New….</source>
        <translation>尚无备案号或许可证。申请获批、导入含有备案号或许可证的材料，或通过“新建…”录入后，将显示在此处。</translation>
    </message>
</context>
<context>
    <name>icp::MainWindow</name>
    <message>
        <source>Could not read the applications from %1: %2</source>
        <translation>无法从 %1 读取申请：%2</translation>
    </message>
    <message>
        <source>ICP Registration Assistant</source>
        <translation>ICP备案助手</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请列表</translation>
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
    <message>
        <source>Import dossier</source>
        <translation>导入备案资料包</translation>
    </message>
    <message>
        <source>Dossiers (*.json);;All files (*)</source>
        <translation>备案资料包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier %1 could not be saved: %2</source>
        <translation>无法保存备案资料包 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Import dossier…</source>
        <translation>导入备案资料包(&amp;I)…</translation>
    </message>
    <message>
        <source>Applications: %1  ·  Database: %2</source>
        <translation>申请：%1 个  ·  数据库：%2</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>The new application could not be saved: %1</source>
        <translation>无法保存新申请：%1</translation>
    </message>
    <message>
        <source>Sample application</source>
        <translation>示例申请</translation>
    </message>
    <message>
        <source>The sample application could not be added: %1</source>
        <translation>无法添加示例申请：%1</translation>
    </message>
    <message>
        <source>Sample application added: fix its findings, then submit it.</source>
        <translation>已添加示例申请：请修正其中发现的问题，然后提交。</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>打开申请</translation>
    </message>
    <message>
        <source>The application is no longer in the database.</source>
        <translation>该申请已不在数据库中。</translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation>复制申请</translation>
    </message>
    <message>
        <source>The application could not be duplicated: %1</source>
        <translation>无法复制该申请：%1</translation>
    </message>
    <message>
        <source>Duplicated as a new draft.</source>
        <translation>已复制为新草稿。</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <source>The application could not be deleted: %1</source>
        <translation>无法删除该申请：%1</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>The application could not be restored: %1</source>
        <translation>无法恢复该申请：%1</translation>
    </message>
    <message>
        <source>Application restored.</source>
        <translation>申请已恢复。</translation>
    </message>
    <message>
        <source>Application deleted.</source>
        <translation>申请已删除。</translation>
    </message>
    <message>
        <source>Deleted the application of %1.</source>
        <translation>已删除%1的申请。</translation>
    </message>
    <message>
        <source>Licences &amp; filings</source>
        <translation>许可证与备案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Choose what the main area shows. Use the arrow keys to move.</source>
        <translation>选择主区域显示的内容。可用方向键切换。</translation>
    </message>
    <message>
        <source>&amp;Recent dossiers</source>
        <translation>最近的备案资料包(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Application actions</source>
        <translation>申请操作</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new filing or licence application</source>
        <translation>新建备案或许可证申请</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected application in the wizard (Enter)</source>
        <translation>在向导中打开所选申请（Enter）</translation>
    </message>
    <message>
        <source>Copy the selected application as a new draft</source>
        <translation>将所选申请复制为新草稿</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected application (you can undo it for 30 seconds)</source>
        <translation>删除所选申请（30 秒内可撤销）</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Add an application from a dossier file</source>
        <translation>从备案资料包文件添加申请</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>导出备案资料包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the application and its licence records to a dossier file</source>
        <translation>将申请及其许可证记录写入备案资料包文件</translation>
    </message>
    <message>
        <source>Open the &amp;sample application</source>
        <translation>打开示例申请(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>申请列表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences &amp;&amp; filings</source>
        <translation>许可证与备案(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>The application in %1 is already in the database. Replace it with the file&apos;s version, or import the file as a new draft?</source>
        <translation>%1 中的申请已在数据库中。要用文件中的版本替换它，还是将文件导入为新草稿？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>导入为副本(&amp;C)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>导出备案资料包</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Import &amp;licences and filings…</source>
        <translation>导入许可证和备案(&amp;L)…</translation>
    </message>
    <message>
        <source>Add or update licences and filings from a spreadsheet (CSV, UTF-8 or GB18030)</source>
        <translation>从电子表格添加或更新许可证和备案（CSV，UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>仪表板(&amp;B)</translation>
    </message>
    <message>
        <source>Import licences and filings</source>
        <translation>导入许可证和备案</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Renewed until %1.</source>
        <extracomment>The note of a lapse marked renewed: the new expiry the manager gave.</extracomment>
        <translation>已续期至 %1。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
</context>
<context>
    <name>icp::MarkDoneDialog</name>
    <message>
        <source>Decision: a lapse is closed only by a decision — renewed, or the filing to be cancelled.</source>
        <translation>决定：失效事项只能通过作出决定来关闭——已续期，或将注销备案。</translation>
    </message>
    <message>
        <source>Renewed until: the new expiry must be after the day it was done.</source>
        <translation>续期至：新的到期日期必须晚于完成日期。</translation>
    </message>
    <message>
        <source>Evidence: “%1” cannot be read.</source>
        <translation>证明材料：无法读取“%1”。</translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation>“%1”的证明材料</translation>
    </message>
    <message>
        <source>Receipts and screenshots (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)</source>
        <translation>回执和截图 (*.pdf *.png *.jpg *.jpeg *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The day it was done (Beijing time), not the day you record it.</source>
        <translation>实际完成的日期（北京时间），而非您记录的日期。</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证明材料(&amp;E)：</translation>
    </message>
    <message>
        <source>The receipt, the confirmation or a screenshot (optional)</source>
        <translation>回执、确认信息或截图（可选）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Decision (required for a lapse)</source>
        <translation>决定（失效事项必填）</translation>
    </message>
    <message>
        <source>&amp;Renewed, now expires on:</source>
        <translation>已续期，新到期日期(&amp;R)：</translation>
    </message>
    <message>
        <source>The filing is to be &amp;cancelled (注销)</source>
        <translation>将注销备案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证明材料文件</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新的到期日</translation>
    </message>
</context>
<context>
    <name>icp::NotificationBanner</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Close the notification</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>icp::ObligationLadderSettings</name>
    <message>
        <source>When reminders come: the days before each kind of obligation falls due, largest first, e.g. 90, 30, 7. The first stage makes it due soon. A licence renewal falls due 90 days before expiry, so 90, 30, 0 remind 180, 120 and 90 days before the licence expires.</source>
        <translation>提醒时间：各类义务截止前提醒的天数，从大到小填写，例如 90, 30, 7。到达第一个提醒时，义务即变为“即将到期”。许可证续期的截止日为许可证到期前 90 天，因此 90, 30, 0 会在许可证到期前 180、120 和 90 天提醒。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Reminder days for %1</source>
        <translation>%1 的提醒天数</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>icp::ObligationTableModel</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number / subject</source>
        <translation>编号 / 对象</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>办理事项</translation>
    </message>
</context>
<context>
    <name>icp::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>Everyone the application names. One person may hold several roles and be the principal of several websites.</source>
        <translation>申请中涉及的所有人员。一人可兼任多个角色，也可担任多个网站的负责人。</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Valid ID number: born %1, issued in %2</source>
        <translation>证件号码有效：出生日期 %1，发证地 %2</translation>
    </message>
    <message>
        <source>%1 of 11 digits</source>
        <translation>已输入 %1/11 位</translation>
    </message>
    <message>
        <source>Valid mobile number, registered in %1</source>
        <translation>手机号码有效，归属地：%1</translation>
    </message>
    <message>
        <source>Valid mobile number</source>
        <translation>手机号码有效</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>删除人员(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>证件类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>证件有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Long-term</source>
        <translation>长期(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>Receives the MIIT verification SMS.</source>
        <translation>用于接收工信部核验短信。</translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation>办公电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Ro&amp;les:</source>
        <translation>角色(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>icp::ReminderNotifier</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) need attention</source>
        <translation>
            <numerusform>%n 项义务需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::ReportActions</name>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the portfolio report: summary, chart, obligations and every entity</source>
        <translation>生成资质总览报告：摘要、图表、义务及各主体</translation>
    </message>
    <message>
        <source>Export &amp;obligations (CSV)…</source>
        <translation>导出义务（CSV）(&amp;O)…</translation>
    </message>
    <message>
        <source>Write every obligation to a spreadsheet file (UTF-8, opens in Excel)</source>
        <translation>将全部义务写入电子表格文件（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export obligations</source>
        <translation>导出义务</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Wrote the obligations to %1.</source>
        <translation>义务已写入 %1。</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Sent the report to the printer.</source>
        <translation>报告已发送至打印机。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
</context>
<context>
    <name>icp::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Everything the rules found, by page. Press Enter or double-click a problem to go to its field.</source>
        <translation>按页面列出规则检查发现的全部问题。按 Enter 键或双击问题可跳转到对应字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s) must be fixed before you can submit.</source>
        <translation>
            <numerusform>须先修正 %n 个阻断性问题才能提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the application is ready to submit.</source>
        <translation>未发现问题：申请可以提交。</translation>
    </message>
    <message>
        <source>Nothing blocks the submission.</source>
        <translation>没有妨碍提交的问题。</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>icp::ScannerDialog</name>
    <message>
        <source>Scan a document</source>
        <translation>扫描材料</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>扫描仪(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Colour mode:</source>
        <translation>颜色模式(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>纸张来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存格式(&amp;A)：</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>The scanner to use.</source>
        <translation>要使用的扫描仪。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Dots per inch; 300 is right for identity documents and licences.</source>
        <translation>每英寸点数；身份证件和证照以 300 为宜。</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>颜色模式</translation>
    </message>
    <message>
        <source>Scan originals in colour: providers reject black-and-white copies.</source>
        <translation>请彩色扫描原件：接入商不接受黑白复印件。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>纸张来源</translation>
    </message>
    <message>
        <source>Flatbed glass or document feeder.</source>
        <translation>平板玻璃或自动进纸器。</translation>
    </message>
    <message>
        <source>Scan every page in the feeder</source>
        <translation>扫描进纸器中的所有页面</translation>
    </message>
    <message>
        <source>Keep scanning until the document feeder is empty.</source>
        <translation>持续扫描，直到自动进纸器中没有纸张。</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>PDF keeps every page in one file; PNG keeps the first page.</source>
        <translation>PDF 将所有页面保存在一个文件中；PNG 只保存第一页。</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>已扫描页面</translation>
    </message>
    <message>
        <source>The pages scanned so far.</source>
        <translation>目前已扫描的页面。</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>How much of the page has been scanned.</source>
        <translation>当前页面的扫描进度。</translation>
    </message>
    <message>
        <source>Scan &amp;page</source>
        <translation>扫描页面(&amp;P)</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>扫描页面</translation>
    </message>
    <message>
        <source>Scan a page and add it to the document.</source>
        <translation>扫描一页并添加到材料中。</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>Stop the scan in progress.</source>
        <translation>停止正在进行的扫描。</translation>
    </message>
    <message>
        <source>Save and &amp;attach</source>
        <translation>保存并上传(&amp;A)</translation>
    </message>
    <message>
        <source>Save and attach</source>
        <translation>保存并上传</translation>
    </message>
    <message>
        <source>Save the scanned pages and attach them to the checklist line.</source>
        <translation>保存已扫描的页面，并上传到该清单条目。</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>重新开始(&amp;O)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Discard the scanned pages.</source>
        <translation>丢弃已扫描的页面。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close without attaching.</source>
        <translation>关闭且不上传。</translation>
    </message>
    <message>
        <source>PDF (all pages)</source>
        <translation>PDF（全部页面）</translation>
    </message>
    <message>
        <source>PNG (first page)</source>
        <translation>PNG（第一页）</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>已取消扫描。</translation>
    </message>
    <message>
        <source>No scanner was found. Connect one and try again.</source>
        <translation>未找到扫描仪。请连接扫描仪后重试。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>自动进纸器</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>The selected scanned page.</source>
        <translation>选中的扫描页面。</translation>
    </message>
    <message>
        <source>Reading the scanner&apos;s options…</source>
        <translation>正在读取扫描仪选项…</translation>
    </message>
    <message>
        <source>Place the document on the scanner and choose Scan page.</source>
        <translation>请将材料放在扫描仪上，然后选择“扫描页面”。</translation>
    </message>
    <message>
        <source>Pages scanned: %1.</source>
        <translation>已扫描页数：%1。</translation>
    </message>
    <message>
        <source>The scanned page appears here.</source>
        <translation>扫描的页面将显示在这里。</translation>
    </message>
</context>
<context>
    <name>icp::ServersPage</name>
    <message>
        <source>Servers and access provider</source>
        <translation>服务器与接入商</translation>
    </message>
    <message>
        <source>Who hosts each website, in which province, at which IP addresses.</source>
        <translation>各网站的接入商、服务器所在省份和 IP 地址。</translation>
    </message>
    <message>
        <source>Access %1</source>
        <translation>接入 %1</translation>
    </message>
    <message>
        <source>%1 is not an IP address: write IPv4 as 203.0.113.10 or IPv6 as 2001:db8::10.</source>
        <translation>%1 不是 IP 地址：IPv4 请写作 203.0.113.10，IPv6 请写作 2001:db8::10。</translation>
    </message>
    <message>
        <source>%1 is a private or local address: give the server&apos;s public address.</source>
        <translation>%1 是私有或本地地址：请填写服务器的公网地址。</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Access providers</source>
        <translation>接入商</translation>
    </message>
    <message>
        <source>&amp;Add access</source>
        <translation>添加接入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove access</source>
        <translation>删除接入(&amp;R)</translation>
    </message>
    <message>
        <source>Access &amp;provider:</source>
        <translation>接入商(&amp;P)：</translation>
    </message>
    <message>
        <source>The company that hosts the site in mainland China and files the access.</source>
        <translation>在中国内地托管网站并办理接入备案的公司。</translation>
    </message>
    <message>
        <source>Server pro&amp;vince:</source>
        <translation>服务器所在省份(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;IP addresses:</source>
        <translation>服务器 IP(&amp;I)：</translation>
    </message>
    <message>
        <source>One per line; IPv4 or IPv6.</source>
        <translation>每行一个；IPv4 或 IPv6。</translation>
    </message>
    <message>
        <source>&amp;Use this access for every website</source>
        <translation>所有网站使用此接入(&amp;U)</translation>
    </message>
    <message>
        <source>IPv4 addresses: %1, IPv6 addresses: %2</source>
        <translation>IPv4 地址：%1 个，IPv6 地址：%2 个</translation>
    </message>
</context>
<context>
    <name>icp::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of menus, forms and messages; dates and numbers follow it too.</source>
        <translation>菜单、表单和提示信息使用的语言；日期和数字的格式也随之改变。</translation>
    </message>
    <message>
        <source>The change applies at once, also to an application open in the wizard, and is remembered for the next start.</source>
        <translation>更改立即生效，向导中已打开的申请也会随之切换；下次启动时仍使用此设置。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>Where the applications and licences are stored.</source>
        <translation>申请和许可证的存储位置。</translation>
    </message>
    <message>
        <source>Choose another database when starting the program: icp-assistant --db PATH, or set the environment variable ICP_DB.</source>
        <translation>如需使用其他数据库，请在启动程序时指定：icp-assistant --db PATH，或设置环境变量 ICP_DB。</translation>
    </message>
    <message>
        <source>Registration backend</source>
        <translation>备案系统对接</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
</context>
<context>
    <name>icp::SubmitPage</name>
    <message>
        <source>Submit for auditing</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>What will be sent to the access provider. Check it once more, then submit.</source>
        <translation>以下内容将提交给接入商。请再次核对后提交。</translation>
    </message>
    <message>
        <source>This application was submitted (status: %1).</source>
        <translation>该申请已提交（状态：%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Submit is disabled: %n blocking problem(s) remain. The first: %1</source>
        <translation>
            <numerusform>无法提交：还有 %n 个阻断性问题。第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks the submission.</source>
        <translation>没有妨碍提交的问题。</translation>
    </message>
    <message>
        <source>no province</source>
        <translation>未选省份</translation>
    </message>
    <message>
        <source>(entity name missing)</source>
        <translation>（缺少主体名称）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Show the &amp;problems</source>
        <translation>查看问题(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Submit is disabled: %n document(s) are still being checked. It is enabled when the checks have finished.</source>
        <translation>
            <numerusform>无法提交：仍有 %n 份材料正在检查。检查完成后即可提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit is disabled: %n document(s) are not checked yet. Open the Documents page to check them.</source>
        <translation>
            <numerusform>无法提交：有 %n 份材料尚未检查。请打开“备案材料”页面进行检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an access provider and its server addresses</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between access providers</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>whom a document is about: its file</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>icp::SyncIndicator</name>
    <message>
        <source>Backend not connected</source>
        <translation>未连接备案系统</translation>
    </message>
    <message>
        <source>Backend not connected (see Settings)</source>
        <translation>未连接备案系统（请查看设置）</translation>
    </message>
    <message>
        <source>Enter the registration backend&apos;s address and token in Settings to send applications.</source>
        <translation>请在设置中填写备案系统的地址和令牌，以便发送申请。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>待提交队列 %1 项</translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send queued applications and fetch status changes now</source>
        <translation>立即发送待提交队列中的申请并获取状态变化</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>icp::SyncNotifier</name>
    <message>
        <source>An application</source>
        <translation>一份申请</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>within 24 hours</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <source>Answer the verification SMS by %1</source>
        <translation>请在 %1 前回复核验短信</translation>
    </message>
    <message>
        <source>%1: the MIIT sent a verification SMS to the principals&apos; mobile phones. Reply to it before %2, or the application is returned.</source>
        <translation>%1：工信部已向负责人手机发送核验短信。请在 %2 前回复，否则申请将被退回。</translation>
    </message>
    <message>
        <source>The application was granted.</source>
        <translation>申请已通过。</translation>
    </message>
    <message>
        <source>Granted with the number %1. Step 4 shows the footer to put on the website.</source>
        <translation>已获备案号 %1。第 4 步列出了网站底部需放置的代码。</translation>
    </message>
    <message>
        <source>Step 3 of the application lists the reasons and the fields to fix.</source>
        <translation>申请的第 3 步列出了原因及需修改的字段。</translation>
    </message>
    <message>
        <source>The audit moved on; step 3 of the application shows the timeline.</source>
        <translation>审核已进入下一阶段；申请的第 3 步显示进度。</translation>
    </message>
</context>
<context>
    <name>icp::TypePage</name>
    <message>
        <source>Application type</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>What you are applying for, and in which province the entity files.</source>
        <translation>申请的类别，以及主体在哪个省份备案。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>申请类别(&amp;K)：</translation>
    </message>
    <message>
        <source>A filing (备案) for non-commercial sites; a licence (ICP证) for paid online services.</source>
        <translation>非经营性网站办理 ICP 备案；提供有偿互联网信息服务须申请 ICP许可证。</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>备案类型(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>备案省份(&amp;P)：</translation>
    </message>
    <message>
        <source>Where the entity is registered: its Communications Administration decides the filing.</source>
        <translation>主体注册所在地：由该省通信管理局审核备案。</translation>
    </message>
    <message>
        <source>Entity ICP &amp;number:</source>
        <translation>主体备案号(&amp;N)：</translation>
    </message>
    <message>
        <source>The number the entity already holds, for example 京ICP备12345678号.</source>
        <translation>主体已取得的备案号，例如 京ICP备12345678号。</translation>
    </message>
    <message>
        <source>Licence &amp;scope:</source>
        <translation>覆盖范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Service categories:</source>
        <translation>业务种类(&amp;S)：</translation>
    </message>
    <message>
        <source>The entity has no ICP filing yet: file the entity and its first websites together.</source>
        <translation>主体尚未备案：同时备案主体及其首批网站。</translation>
    </message>
    <message>
        <source>The entity is already filed: add one or more websites to its number.</source>
        <translation>主体已备案：在其备案号下新增一个或多个网站。</translation>
    </message>
    <message>
        <source>A filed website moves to (or adds) a hosting provider: file the new access.</source>
        <translation>已备案网站更换（或新增）接入商：办理新的接入备案。</translation>
    </message>
    <message>
        <source>Correct or update the entity&apos;s, a person&apos;s or a website&apos;s filed details.</source>
        <translation>更正或更新主体、人员或网站的已备案信息。</translation>
    </message>
    <message>
        <source>Withdraw the entity&apos;s filing and every website under it.</source>
        <translation>注销主体备案及其下的全部网站。</translation>
    </message>
    <message>
        <source>Withdraw one website&apos;s filing; the entity keeps its number.</source>
        <translation>注销单个网站的备案；主体保留其备案号。</translation>
    </message>
    <message>
        <source>End the access at one provider; the website stays filed if it has another.</source>
        <translation>取消在某一接入商的接入；网站如有其他接入则仍保持备案。</translation>
    </message>
</context>
<context>
    <name>icp::WebsitesEditor</name>
    <message>
        <source>Website %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>launched on</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Website %1, domain %2</source>
        <translation>网站 %1，域名 %2</translation>
    </message>
    <message>
        <source>expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Websites under this record. Several homepages go in one cell, separated by “;”; dates are written YYYY-MM-DD.</source>
        <translation>此记录下的网站。多个首页填在同一单元格中，以“;”分隔；日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Website number</source>
        <translation>网站备案号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>首页网址</translation>
    </message>
    <message>
        <source>PSB number</source>
        <translation>公安备案号</translation>
    </message>
    <message>
        <source>Launched on</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Add websi&amp;te</source>
        <translation>添加网站(&amp;T)</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation>删除网站</translation>
    </message>
    <message>
        <source>Domains: select a website above.</source>
        <translation>域名：请先在上方选择一个网站。</translation>
    </message>
    <message>
        <source>Domains of website %1:</source>
        <translation>网站 %1 的域名：</translation>
    </message>
    <message>
        <source>Domains of website %1 (%2):</source>
        <translation>网站 %1 的域名（%2）：</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>注册商</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Domains of the selected website</source>
        <translation>所选网站的域名</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>添加域名(&amp;D)</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>删除域名</translation>
    </message>
</context>
<context>
    <name>icp::WebsitesPage</name>
    <message>
        <source>Websites</source>
        <translation>网站信息</translation>
    </message>
    <message>
        <source>Each website with its domains, what it offers and who is responsible for it.</source>
        <translation>各网站的域名、服务内容和负责人。</translation>
    </message>
    <message>
        <source>(choose what the site offers)</source>
        <translation>（请选择网站服务内容）</translation>
    </message>
    <message>
        <source>(choose a person from the People page)</source>
        <translation>（请从人员信息中选择）</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>&amp;Add website</source>
        <translation>添加网站(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove website</source>
        <translation>删除网站(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>网站名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Describes the site; no company-type words, no personal names for companies.</source>
        <translation>应描述网站内容；不得含企业类型字样，单位网站不得使用人名。</translation>
    </message>
    <message>
        <source>&amp;Homepage URLs:</source>
        <translation>网站首页地址(&amp;H)：</translation>
    </message>
    <message>
        <source>One per line, for example https://www.example.cn/</source>
        <translation>每行一个，例如 https://www.example.cn/</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>网站域名：</translation>
    </message>
    <message>
        <source>&amp;Service type:</source>
        <translation>网站服务内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>网站负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>网站语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>网站备注(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Insert the pledge text this province requires</source>
        <translation>插入本省要求的承诺语句(&amp;I)</translation>
    </message>
    <message>
        <source>Pre-appro&amp;vals:</source>
        <translation>前置审批(&amp;V)：</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>审批文号</translation>
    </message>
    <message>
        <source>Pre-approval category</source>
        <translation>前置审批类别</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The entity signed the no-pre-approval pledge</source>
        <translation>主体已签署不涉及前置审批承诺书</translation>
    </message>
    <message>
        <source>Website ICP n&amp;umber:</source>
        <translation>网站备案号(&amp;U)：</translation>
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
        <source>Values to validate.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <source>usage: icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]</source>
        <translation>用法：icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>--as-of：“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Summary: blocking %1, warnings %2, notes %3</source>
        <translation>汇总：阻断 %1 项，警告 %2 项，提示 %3 项</translation>
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
    <message>
        <source>Show an application&apos;s status, history and numbers.</source>
        <translation>显示申请的状态、历史记录和备案号。</translation>
    </message>
    <message>
        <source>Check an application and queue it for submission.</source>
        <translation>检查申请并将其加入待提交队列。</translation>
    </message>
    <message>
        <source>Send queued submissions and fetch status changes once.</source>
        <translation>发送待提交队列中的申请，并获取一次状态变化。</translation>
    </message>
    <message>
        <source>Runs every rule on an application and, when nothing blocks, queues it for submission to the registration backend (&apos;icpctl sync&apos; sends it). Exit code 1 when a finding blocks.</source>
        <translation>对申请运行全部规则；若无阻断问题，则将其加入待提交队列，等待提交至备案系统（由“icpctl sync”发送）。存在阻断问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Application id.</source>
        <translation>申请 ID。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] submit ID [--as-of YYYY-MM-DD]</source>
        <translation>用法：icpctl [--db PATH] submit ID [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Application %1 is %2: it cannot be submitted now.</source>
        <translation>申请 %1 当前状态为“%2”：现在无法提交。</translation>
    </message>
    <message>
        <source>Not submitted: fix the blocking findings first.</source>
        <translation>未提交：请先解决阻断问题。</translation>
    </message>
    <message>
        <source>Queued %1 for submission (outbox row %2).</source>
        <translation>已将 %1 加入待提交队列（队列记录 %2）。</translation>
    </message>
    <message>
        <source>Backend address (default: $ICP_BACKEND_URL or the settings).</source>
        <translation>备案系统地址（默认：$ICP_BACKEND_URL 或设置中的地址）。</translation>
    </message>
    <message>
        <source>Read the token from this environment variable, not the keychain.</source>
        <translation>从此环境变量读取令牌，而不是从密钥环读取。</translation>
    </message>
    <message>
        <source>Keep retrying failed sends for this many seconds (default 30).</source>
        <translation>发送失败时在此秒数内持续重试（默认 30）。</translation>
    </message>
    <message>
        <source>No backend: give --backend URL or set ICP_BACKEND_URL.</source>
        <translation>未指定备案系统：请使用 --backend URL 或设置 ICP_BACKEND_URL。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>环境变量 %1 为空或未设置。</translation>
    </message>
    <message>
        <source>No token is stored for %1: use --token-env VAR.</source>
        <translation>尚未为 %1 保存令牌：请使用 --token-env VAR。</translation>
    </message>
    <message>
        <source>--retry-for takes a number of seconds.</source>
        <translation>--retry-for 的值必须是秒数。</translation>
    </message>
    <message>
        <source>Sent %1, refused %2, still waiting %3; %4 status changes applied, %5 skipped.</source>
        <translation>已发送 %1 项，被拒绝 %2 项，仍在等待 %3 项；已应用 %4 项状态变化，跳过 %5 项。</translation>
    </message>
    <message>
        <source>Shows an application&apos;s current status, its history, its numbers and its outbox rows.</source>
        <translation>显示申请的当前状态、历史记录、备案号及其待提交队列记录。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] status ID [--json]</source>
        <translation>用法：icpctl [--db PATH] status ID [--json]</translation>
    </message>
    <message>
        <source>Application %1: %2 (step %3 of 4)</source>
        <translation>申请 %1：%2（第 %3/4 步）</translation>
    </message>
    <message>
        <source>Entity number: %1</source>
        <translation>主体备案号：%1</translation>
    </message>
    <message>
        <source>Website %1: %2</source>
        <translation>网站 %1：%2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Outbox row %1 (%2): %3, %4 attempt(s)</source>
        <translation>队列记录 %1（%2）：%3，已尝试 %4 次</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>passed:</source>
        <translation>已通过：</translation>
    </message>
    <message>
        <source>credit code %1</source>
        <translation>信用代码 %1</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>证件号码 %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>主体 %1</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>姓名 %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>valid long-term</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>read:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <source>suggest %1 = %2 (%3)</source>
        <translation>建议 %1 = %2（%3）</translation>
    </message>
    <message>
        <source>Inspects document files: format (by content), pages, pixel size, the document checks passed and failed (rule ids) and the identifiers read (credit codes, ID numbers, names, dates). Exit code 0 when every file passes, 1 when a check fails, 2 when a file cannot be read.</source>
        <translation>检查材料文件：格式（按内容判断）、页数、像素尺寸、通过和未通过的材料检查（规则 id），以及识别出的标识信息（信用代码、证件号码、名称、日期）。退出码：0 表示所有文件均通过，1 表示有检查未通过，2 表示有文件无法读取。</translation>
    </message>
    <message>
        <source>The files (PDF, JPEG, PNG).</source>
        <translation>材料文件（PDF、JPEG、PNG）。</translation>
    </message>
    <message>
        <source>Document kind (id-front, entity-certificate, …; default: other).</source>
        <translation>材料类型（id-front、entity-certificate 等；默认：other）。</translation>
    </message>
    <message>
        <source>Provider profile for format and size limits (%1).</source>
        <translation>用于格式和大小限制的接入商配置（%1）。</translation>
    </message>
    <message>
        <source>Do not run text recognition on images.</source>
        <translation>不对图像进行文字识别。</translation>
    </message>
    <message>
        <source>Judge validity as on this date (default: today).</source>
        <translation>按此日期判断有效期（默认：今天）。</translation>
    </message>
    <message>
        <source>Compare what is read with this dossier&apos;s application.</source>
        <translation>将识别结果与此备案资料包中的申请进行比对。</translation>
    </message>
    <message>
        <source>With --dossier: the person id an identity document belongs to.</source>
        <translation>与 --dossier 一起使用：身份证件所属人员的 id。</translation>
    </message>
    <message>
        <source>Also print the text read (text layer or OCR).</source>
        <translation>同时输出识别出的文字（文本层或 OCR）。</translation>
    </message>
    <message>
        <source>usage: icpctl inspect FILE... [--json] [--kind KIND]</source>
        <translation>用法：icpctl inspect FILE... [--json] [--kind KIND]</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a document kind. Use one of: %2.</source>
        <translation>--kind：“%1”不是材料类型。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--provider: &apos;%1&apos; is not a known profile. Use one of: %2.</source>
        <translation>--provider：“%1”不是已知的配置。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Inspect document files: format, pages, checks, identifiers read.</source>
        <translation>检查材料文件：格式、页数、检查项、识别出的标识信息。</translation>
    </message>
    <message>
        <source>Not submitted: attach the missing documents again first.</source>
        <translation>未提交：请先重新添加缺失的材料。</translation>
    </message>
    <message>
        <source>Sends the queued submissions, with their documents from this database&apos;s document store, to the registration backend and applies its status changes, once. The token comes from the system keychain, or from an environment variable for scripts. Exit code 1 when something failed or is still waiting.</source>
        <translation>将排队中的提交连同本数据库材料库中的材料发送到备案后端，并应用其状态变化，仅执行一次。令牌来自系统钥匙串，脚本可改用环境变量提供。有失败或仍在等待的项目时退出码为 1。</translation>
    </message>
    <message>
        <source>Documents on the backend: %1 (%2 bytes uploaded).</source>
        <translation>后端上的材料：%1 个（已上传 %2 字节）。</translation>
    </message>
    <message>
        <source>Evaluate as on this day in Beijing time (default: today).</source>
        <translation>按北京时间的此日期进行检查（默认：今天）。</translation>
    </message>
    <message>
        <source>Validate IDs, travel documents, credit codes, phones, postcodes, e-mails, domains, ICP and PSB numbers.</source>
        <translation>校验证件号码、旅行证件、统一社会信用代码、电话号码、邮政编码、电子邮箱、域名、ICP编号和公安备案号。</translation>
    </message>
    <message>
        <source>the police abbreviation %1 is unverified; compare the number with beian.mps.gov.cn</source>
        <translation>公安机关简称“%1”尚未核实；请在 beian.mps.gov.cn 上核对该号码</translation>
    </message>
    <message>
        <source>passport: check the stricter form of a Chinese (PRC) passport.</source>
        <translation>passport：按中国（中华人民共和国）护照的更严格格式检查。</translation>
    </message>
    <message>
        <source>id, uscc, mobile, email, domain, icp-number, licence-number, psb-number, landline, postcode, passport, hkm-permit, tw-permit or foreign-permanent-resident-id</source>
        <translation>id、uscc、mobile、email、domain、icp-number、licence-number、psb-number、landline、postcode、passport、hkm-permit、tw-permit 或 foreign-permanent-resident-id</translation>
    </message>
    <message>
        <source>usage: icpctl validate KIND VALUE... (KIND is one of: id, uscc, mobile, email, domain, icp-number, licence-number, psb-number, landline, postcode, passport [--chinese], hkm-permit, tw-permit, foreign-permanent-resident-id)</source>
        <translation>用法：icpctl validate 类型 值...（类型为以下之一：id、uscc、mobile、email、domain、icp-number、licence-number、psb-number、landline、postcode、passport [--chinese]、hkm-permit、tw-permit、foreign-permanent-resident-id）</translation>
    </message>
    <message>
        <source>Writes the obligations as an iCalendar file (RFC 5545) that a calendar program imports or subscribes to: one event per obligation, with alarms at the stages of its reminder ladder. Exit code 0, or 2 on usage errors and when the file cannot be written.</source>
        <translation>将义务写为 iCalendar 文件（RFC 5545），供日历程序导入或订阅：每项义务对应一个事件，并在其各级提醒阶段设置闹钟。退出码：0；用法错误或文件无法写入时为 2。</translation>
    </message>
    <message>
        <source>Only the obligations of this owner.</source>
        <translation>仅列出该负责人的义务。</translation>
    </message>
    <message>
        <source>Only this kind: licence-renewal, licence-expiry, annual-report, psb-filing, domain-expiry, id-expiry, sms-verification, authority-review.</source>
        <translation>仅列出此类型：licence-renewal、licence-expiry、annual-report、psb-filing、domain-expiry、id-expiry、sms-verification、authority-review。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] calendar [--as-of YYYY-MM-DD] [--owner NAME] [--kind KIND] [--output FILE]</source>
        <translation>用法：icpctl [--db PATH] calendar [--as-of YYYY-MM-DD] [--owner NAME] [--kind KIND] [--output FILE]</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of obligation.</source>
        <translation>--kind：“%1”不是义务类型。</translation>
    </message>
    <message>
        <source>no session bus (%1)</source>
        <translation>没有会话总线（%1）</translation>
    </message>
    <message>
        <source>ICP Registration Assistant</source>
        <translation>ICP备案助手</translation>
    </message>
    <message>
        <source>no notification service on the session bus</source>
        <translation>会话总线上没有通知服务</translation>
    </message>
    <message>
        <source>the notification service answered: %1 %2</source>
        <translation>通知服务返回：%1 %2</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] licences import FILE.csv [--json]
       icpctl [--db PATH] licences list [--json]
       icpctl [--db PATH] licences export FILE.csv [--headers en|zh]</source>
        <translation>用法：icpctl [--db PATH] licences import FILE.csv [--json]
      icpctl [--db PATH] licences list [--json]
      icpctl [--db PATH] licences export FILE.csv [--headers en|zh]</translation>
    </message>
    <message>
        <source>Imports filings and licences from a spreadsheet (CSV or tab-separated, UTF-8 or GB18030). Rows are matched by number: a new number creates a record, a changed row updates it (logged), an unchanged one is skipped. Bad rows are reported with row, column and reason; the others are imported. Exit code 0 when every row was imported, 1 when one or more were refused, 2 when the file cannot be read.</source>
        <translation>从电子表格（CSV 或制表符分隔，UTF-8 或 GB18030）导入备案和许可证。按编号匹配行：新编号将创建记录，有变化的行将更新记录（并记入日志），未变化的行将跳过。错误行会报告行号、列和原因，其余行照常导入。退出码：0 表示所有行均已导入；1 表示有一行或多行被拒绝；2 表示文件无法读取。</translation>
    </message>
    <message>
        <source>The spreadsheet file.</source>
        <translation>电子表格文件。</translation>
    </message>
    <message>
        <source>No column holds the number (a header number, 备案号 or 许可证号).</source>
        <translation>没有包含编号的列（表头应为 number、备案号或许可证号）。</translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 updated, %4 unchanged, %5 refused.</source>
        <translation>共 %1 行：新建 %2 条，更新 %3 条，未变更 %4 条，拒绝 %5 条。</translation>
    </message>
    <message>
        <source>Lists the filings and licences in the registry, soonest expiry first.</source>
        <translation>列出台账中的备案和许可证，最先到期的排在前面。</translation>
    </message>
    <message>
        <source>Writes the registry as a spreadsheet: UTF-8 with a byte-order mark so that Excel opens it, English headers unless --headers zh. The import reads it back.</source>
        <translation>将台账导出为电子表格：采用带字节顺序标记（BOM）的 UTF-8 编码，以便 Excel 打开；除非指定 --headers zh，否则使用英文表头。导入功能可读回该文件。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Header language: en or zh.</source>
        <translation>表头语言：en 或 zh。</translation>
    </message>
    <message>
        <source>Write the obligations as an iCalendar file.</source>
        <translation>将义务写为 iCalendar 文件。</translation>
    </message>
    <message>
        <source>Import, list or export the registry of filings and licences (CSV).</source>
        <translation>导入、列出或导出备案和许可证台账（CSV）。</translation>
    </message>
    <message>
        <source>List the dated obligations (renewals, annual reports, expiries, filings due), or mark one done.</source>
        <translation>列出有期限的义务（续期、年报、到期、应办备案），或将某项标记为已完成。</translation>
    </message>
    <message>
        <source>Write the portfolio report as a PDF.</source>
        <translation>将资质总览报告写为 PDF。</translation>
    </message>
    <message>
        <source>Remind of the obligations newly due: desktop notifications and a summary for mail.</source>
        <translation>提醒新到期的义务：桌面通知及供邮件发送的摘要。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <source>Marks an obligation done on the day it was done, with a note and optionally the evidence (kept in the document store). A lapse (a domain or hosting expiry) needs a decision: renewed, or cancel-filing. Exit code 0, 1 when the obligation is unknown or the mark is refused, 2 on usage errors or an unreadable evidence file.</source>
        <translation>将某项义务标记为在实际完成之日已完成，并附备注，可选附上证明材料（保存在文档库中）。失效事项（域名或主机托管到期）需要作出决定：renewed（已续期）或 cancel-filing（注销备案）。退出码：0 表示成功；1 表示义务不存在或标记被拒绝；2 表示用法错误或证明文件无法读取。</translation>
    </message>
    <message>
        <source>The obligation&apos;s id.</source>
        <translation>义务的 ID。</translation>
    </message>
    <message>
        <source>The day it was done (Beijing), not the day it is recorded.</source>
        <translation>实际完成日期（北京时间），而非记录日期。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>A file that shows it was done (receipt, screenshot).</source>
        <translation>证明已完成的文件（回执、截图）。</translation>
    </message>
    <message>
        <source>For a lapse: renewed or cancel-filing.</source>
        <translation>用于失效事项：renewed 或 cancel-filing。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] obligations done ID --on YYYY-MM-DD [--note TEXT] [--evidence FILE] [--decision renewed|cancel-filing]</source>
        <translation>用法：icpctl [--db PATH] obligations done ID --on YYYY-MM-DD [--note TEXT] [--evidence FILE] [--decision renewed|cancel-filing]</translation>
    </message>
    <message>
        <source>--on: &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>--on：“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--decision: &apos;%1&apos; is not renewed or cancel-filing.</source>
        <translation>--decision：“%1”既不是 renewed 也不是 cancel-filing。</translation>
    </message>
    <message>
        <source>--evidence: the file &apos;%1&apos; cannot be read.</source>
        <translation>--evidence：无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>There is no obligation with the id %1. Run &apos;icpctl obligations&apos; for the ids.</source>
        <translation>不存在 ID 为 %1 的义务。请运行“icpctl obligations”查看 ID。</translation>
    </message>
    <message>
        <source>Marked done on %1: %2</source>
        <translation>已标记为于 %1 完成：%2</translation>
    </message>
    <message>
        <source>Lists the dated obligations of the active licences and filings and the open applications in the database: renewals, expiries, annual reports, licence changes, public-security filings, domains, hosting, ID documents, SMS verification and authority review. Overdue and missed ones are always listed, whatever --within says; obligations marked done are not. &apos;icpctl obligations done ID --on DATE&apos; marks one done. Exit code 0, or 1 with --fail-if-overdue when something is overdue or missed; 2 on usage errors.</source>
        <translation>列出数据库中有效许可证和备案以及未结申请的有期限义务：续期、到期、年报、许可证变更、公安备案、域名、主机托管、身份证件、短信核验和管局审核。已逾期和已错过的事项无论 --within 如何设置都会列出；已标记为完成的义务不会列出。“icpctl obligations done ID --on DATE”可将某项标记为已完成。退出码：0；指定 --fail-if-overdue 时，如有已逾期或已错过的事项则为 1；用法错误时为 2。</translation>
    </message>
    <message>
        <source>Only what falls due within DAYS days (default: all), and whatever is overdue or missed.</source>
        <translation>仅列出 DAYS 天内到期的事项（默认：全部），以及所有已逾期或已错过的事项。</translation>
    </message>
    <message>
        <source>Output format: table, csv, json or ics (a calendar).</source>
        <translation>输出格式：table、csv、json 或 ics（日历）。</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>等同于 --format json。</translation>
    </message>
    <message>
        <source>Only this kind: %1.</source>
        <translation>仅列出此类型：%1。</translation>
    </message>
    <message>
        <source>Exit with 1 when an obligation is overdue or missed.</source>
        <translation>有义务已逾期或已错过时，以退出码 1 退出。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] obligations [--as-of YYYY-MM-DD] [--within DAYS] [--format table|csv|json|ics] [--json] [--owner NAME] [--kind KIND] [--fail-if-overdue] | obligations done ID --on YYYY-MM-DD [--note TEXT] [--evidence FILE] [--decision renewed|cancel-filing]</source>
        <translation>用法：icpctl [--db PATH] obligations [--as-of YYYY-MM-DD] [--within DAYS] [--format table|csv|json|ics] [--json] [--owner NAME] [--kind KIND] [--fail-if-overdue] | obligations done ID --on YYYY-MM-DD [--note TEXT] [--evidence FILE] [--decision renewed|cancel-filing]</translation>
    </message>
    <message>
        <source>--within: &apos;%1&apos; is not a number of days.</source>
        <translation>--within：“%1”不是有效的天数。</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not table, csv, json or ics.</source>
        <translation>--format：“%1”不是 table、csv、json 或 ics。</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2.</source>
        <translation>--kind：“%1”不在 %2 之中。</translation>
    </message>
    <message numerus="yes">
        <source>ICP reminders of %1 (Beijing time): %n newly due</source>
        <translation>
            <numerusform>%1（北京时间）的 ICP 提醒：新到期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(dry run: nothing recorded, no notification sent)</source>
        <translation>（试运行：未作任何记录，未发送通知）</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more ICP obligation(s) need attention</source>
        <translation>
            <numerusform>另有 %n 项 ICP 义务需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &apos;icpctl obligations&apos; or open the program to see them.</source>
        <translation>请运行“icpctl obligations”或打开程序查看。</translation>
    </message>
    <message>
        <source>Reminds of the obligations that reached a stage of their reminder ladder, and of the overdue ones every day, each stage once (shared with the program&apos;s window): desktop notifications over D-Bus and a summary on standard output for mail. Run daily by the systemd user timer icp-assistant-remind.timer. Exit code 0 when it ran (also without a notification service), 2 on usage errors.</source>
        <translation>提醒已到达某一提醒阶段的义务，并每天提醒已逾期的义务；每个阶段只提醒一次（与程序窗口共享记录）：通过 D-Bus 发送桌面通知，并在标准输出中给出摘要以供邮件发送。由 systemd 用户定时器 icp-assistant-remind.timer 每天运行。退出码：运行完成时为 0（没有通知服务时亦然）；用法错误时为 2。</translation>
    </message>
    <message>
        <source>Only print what is due: record nothing, notify nobody.</source>
        <translation>仅打印到期事项：不作记录，也不发送通知。</translation>
    </message>
    <message>
        <source>Print nothing when nothing is newly due (for cron, which mails any output).</source>
        <translation>没有新到期事项时不输出任何内容（适用于 cron，它会将任何输出通过邮件发送）。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] remind [--as-of YYYY-MM-DD] [--dry-run] [--quiet]</source>
        <translation>用法：icpctl [--db PATH] remind [--as-of YYYY-MM-DD] [--dry-run] [--quiet]</translation>
    </message>
    <message>
        <source>No desktop notification was shown: %1. The reminders are in the summary.</source>
        <translation>未显示桌面通知：%1。提醒内容见摘要。</translation>
    </message>
    <message>
        <source>Writes the portfolio report as an A4 PDF: summary, the chart of expiries and deadlines per month, the obligations and one section per entity, in the chosen language. Exit code 0 when it is written, 1 when the file cannot be written, 2 on usage errors or an unreadable database.</source>
        <translation>将资质总览报告写为 A4 PDF：包括摘要、每月到期与截止事项图表、义务列表，以及每个主体各一节，使用所选语言。退出码：0 表示已写入；1 表示文件无法写入；2 表示用法错误或数据库无法读取。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>usage: icpctl [--db PATH] report FILE.pdf [--as-of YYYY-MM-DD] [--lang en|zh_CN]</source>
        <translation>用法：icpctl [--db PATH] report FILE.pdf [--as-of YYYY-MM-DD] [--lang en|zh_CN]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n obligation(s), %2 entities.</source>
        <translation>
            <numerusform>已写入 %1：%n 项义务，%2 个主体。</numerusform>
        </translation>
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
    <message>
        <source>Save pictures of every screen (both languages, or the one --lang names) into DIR and quit; uses a temporary database.</source>
        <translation>将每个界面的截图（两种语言，或 --lang 指定的语言）保存到 DIR 后退出；使用临时数据库。</translation>
    </message>
    <message>
        <source>Open on this page: %1 (default: dashboard).</source>
        <translation>启动时打开此页面：%1（默认：dashboard）。</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知页面“%1”；应为以下之一：%2。</translation>
    </message>
</context>
</TS>
