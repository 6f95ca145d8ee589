<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>帐户信息</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>输入公司详细信息及其主要联系人。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>帐单地址</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>客户的初始 Microsoft 365 域。请使用拉丁字母和数字；创建客户后无法更改。</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>后接 %1。输入时会检查是否可用。</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>例如 contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>Microsoft 向客户发送消息时使用的语言。</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>向客户显示日期、数字和货币的方式。</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>Microsoft 和你就此客户帐户联系的人员。</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>使用建议的地址(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>公司名称(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>域名(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>国家/地区(&amp;U)</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>地址行 1(&amp;1)</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>地址行 2（可选）(&amp;2)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>城市（可选）(&amp;T)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>州/省（可选）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>州/省(&amp;S)</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>邮政编码（可选）(&amp;C)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>邮政编码(&amp;C)</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>公司电话（可选）(&amp;H)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>公司电话(&amp;H)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>区域性(&amp;R)</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>正在读取合作伙伴中心针对 %1 的地址规则…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>合作伙伴中心没有 %1 的地址规则，因此此处仅进行常规检查。合作伙伴中心会在创建客户时检查地址。</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>无法读取 %1 的地址规则，因此此处仅进行常规检查。合作伙伴中心会在创建客户时检查地址。%2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>正在检查 %1 是否可用…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 可用。</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 已被占用。请选择其他域名。</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>无法检查 %1 是否可用；合作伙伴中心会在创建客户时进行检查。%2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>合作伙伴中心已识别此地址。</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>合作伙伴中心建议：%1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>合作伙伴中心无法验证此地址。请先检查街道、城市和邮政编码，然后再继续。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Microsoft 云协议</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>模板 %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>接受人</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Microsoft 协议</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>客户如何接受 Microsoft 客户协议？</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>客户只有在接受 Microsoft 客户协议后才能购买。你可以确认客户已接受该协议，也可以让客户在 Microsoft 365 管理中心内接受。</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>立即确认客户已接受（合作伙伴证明）(&amp;C)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>客户已接受 Microsoft 客户协议(&amp;H)</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>接受协议的人员及接受日期。请确保这些信息正确；如果不正确，请选择“更新”并输入接受协议人员的信息。</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>输入接受协议的其他人员。</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>重置为主要联系人(&amp;R)</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>将要求客户在 Microsoft 365 管理中心内接受 Microsoft 客户协议(&amp;W)</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>新客户在接受协议之前无法购买。创建客户后，PartnerDesk 会准备邀请电子邮件，其中包含 Microsoft 365 管理中心的链接和新客户的登录信息。</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>查看协议模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>Microsoft 客户协议因国家/地区而异：此操作会打开客户所在国家/地区的模板。</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>请勾选此框，确认客户已接受 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>勾选此框以确认客户已接受 Microsoft 客户协议。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Microsoft 客户协议模板</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>Microsoft 客户协议因国家/地区而异。请选择客户所在的国家/地区（来自帐单地址）和该地提供的语言，然后打开模板或将其下载为 Word 文档。</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>模板链接在五分钟后过期，因此每次打开或下载模板时，PartnerDesk 都会向合作伙伴中心请求新链接。</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>协议的国家/地区</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>协议的语言</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>在 Web 浏览器中打开模板。</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>将模板以 Word 文档格式保存到你选择的文件中。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>已取消：仅列出英语。请重新选择国家/地区以加载其语言。</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>PartnerDesk 无法加载 %1 提供的语言，因此仅列出英语。%2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>正在加载 %1 提供的语言…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>正在向合作伙伴中心请求新的模板链接…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>请等待语言加载完成。</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>请等待当前下载完成，或将其取消。</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>请先选择有模板的国家/地区。</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>没有 Web 浏览器打开该模板。请改用“下载”进行保存。</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>模板已在浏览器中打开。其链接在五分钟内有效；下次 PartnerDesk 会获取新链接。</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>合作伙伴中心没有 %1 版本，已发送 %2 版本。</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>保存协议模板</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word 文档 (*.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>未下载任何内容。</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>正在下载… %1，共 %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>正在下载… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>已将“%1”（%2）保存到 %3。</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>下载已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>模板未保存。%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>合作伙伴中心发送了一个 PartnerDesk 不会打开的模板链接。%1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>合作伙伴中心未列出任何 Microsoft 客户协议模板。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>响应大于 %1 MB，未读取。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>响应不完整或不是 JSON。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk 无法连接到服务。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>服务未及时响应。请重试。</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>请求已发送，但响应丢失，因此 PartnerDesk 无法确定请求是否生效。请先检查当前状态，然后再重试。</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>服务发送了 PartnerDesk 无法读取的响应。</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>请求在发送前被拒绝。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>你的登录已过期。请重新登录；已输入的内容会保留。</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>此客户已有使用完全相同联系人的合作伙伴确认，因此未记录新内容。</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>客户尚未接受 Microsoft 客户协议：请先确认客户已接受，或请客户在 Microsoft 365 管理中心内接受，然后再下此订单。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>合作伙伴中心正在限制请求发送速度。PartnerDesk 将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>合作伙伴中心正在限制请求发送速度。请稍后重试。</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>合作伙伴中心未接受你的登录。请重新登录。</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>合作伙伴中心拒绝你的帐户执行此操作。</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>合作伙伴中心找不到该项。</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>合作伙伴中心自身出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>合作伙伴中心拒绝了该请求。</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>服务返回：“%1”</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>（错误 %1，HTTP %2）</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>（错误 %1）</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>自 2026 年 4 月起，合作伙伴中心要求通过应用 + 用户身份验证进行的访问使用多重身份验证 (MFA)。请重新登录并完成 MFA 提示；如果未出现提示，请让管理员为你的帐户启用 MFA 要求。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>登录代码在使用前已过期。请重新开始登录，并在显示的时间内输入新代码。</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>登录已在登录页面上被拒绝。如果这是误操作，请重新开始登录。</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>登录服务无法识别此代码。请重新开始登录。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>你的登录已失效（已过期或已被撤销）。请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>对于此类登录，登录服务不接受在“设置”中设置的应用程序(客户端) ID。请向管理员核实该 ID。</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>登录服务拒绝了该请求。请在“设置”中检查颁发机构、租户和应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>服务返回了其自身的错误，随后读取当前状态也失败了，因此 PartnerDesk 无法判断该请求是否已生效。请先检查当前状态，再重试。</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk 无法验证服务的证书，因此未发送任何内容。请在“设置”中检查服务地址；如果网络会检查加密流量，需要在此计算机上安装该网络的证书。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>新连接将在 PartnerDesk 下次启动时使用。</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>重置沙盒数据</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>登录仅在本次会话中保留</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>此计算机上没有 PartnerDesk 可以使用的凭据存储（例如 GNOME Keyring 或 KWallet），因此你的登录信息仅保留在内存中：下次启动时，PartnerDesk 会要求你重新登录。不会向文件写入任何内容。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA 状态</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>是否有购买</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Check the file with --dry-run and hand it to your indirect provider, who runs it.</source>
        <translation>请使用 --dry-run 检查文件，然后将其交给你的间接提供商运行。</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>正在检查 %2 中的 %1 行（试运行：不发送任何内容）。</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>正在确认 %2 中的 %1 行（日志：%3）。</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 行：有效 %3，此前已确认 %4，无效 %5，失败 %6，跳过 %7</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 行：已确认 %3，此前已确认 %4，无效 %5，失败 %6，跳过 %7</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>；剩余约 %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>；被限流 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>限流 (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>与第 %1 行的客户、联系人和日期相同：不会重复发送。</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>你的客户中没有使用此 ID 的客户。</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>你的客户中没有域为 %1 的客户。</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>使用此 ID 的客户的域是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>已确认：在中断的运行后发现已记录，未再次发送。</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>第 %1 行为此客户确认了相同的联系人；合作伙伴中心对每个联系人只保留一个确认。</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>合作伙伴中心已有此联系人的确认（接受日期：%1）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>有效：将被确认。</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>无法写入日志（%1）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>合作伙伴中心已有此联系人的确认 (600061)。</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>已确认：响应丢失，但读取后发现确认已记录。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>未发送：由于无法使用合作伙伴中心，运行已停止（%1）。</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>发送时已取消：使用同一日志再次运行时，会先读取客户的确认，然后再重新发送。</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>未完成：运行已取消。请使用同一日志再次运行该文件以完成。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>剩余约 %Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>剩余约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>剩余约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>显示 %2 行中的 %1 行</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>批量证明</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>打开每行包含一项确认的 CSV 文件 (Ctrl+O)；也可以将文件拖放到此处</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>要显示的行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>高级选项(&amp;D)</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>并行请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>同时进行的最大请求数</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>每分钟请求数(&amp;M)：</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>合作伙伴中心允许每个租户每分钟约 500 个请求；默认值为其他工具留出了余量</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>暂停期间不会发送新内容；已发送的请求会继续完成</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>取消运行(&amp;A)</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>停止运行；未完成的行会保留在日志中，并在你继续或再次打开文件时发送</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>保存结果(&amp;S)…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>以 CSV 格式保存文件的每一行及其结果、代码和消息</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>关闭(&amp;E)</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>批量证明正在运行</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>已完成 %2 行中的 %1 行。要取消运行并关闭窗口吗？</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>未完成的行会保留在日志中：再次打开同一文件即可完成这些行；任何行都不会重复发送。若要继续运行，请选择“否”。</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>打开批量证明文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>此文件之前的运行已处理 %Ln 行。确认将从其余行继续；任何行都不会重复发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>要将尚未完成的 %Ln 行发送到合作伙伴中心吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>要为 %1 向合作伙伴中心发送 %Ln 项确认吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>每项确认都会记录该行中指定的联系人已于给定日期接受 Microsoft 客户协议。有问题的行不会发送。</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>确认客户</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>正在停止：正在等待已发送的请求…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>合作伙伴中心要求降低速度（%Ln 次）；PartnerDesk 会按要求等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>检查已停止：%1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>没有可发送的行。请更正文件中标记的单元格，然后重新打开文件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln 行已通过检查，可放入你要移交的文件中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln 行已通过检查，可以发送。尚未发送任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln 行有问题：已在表中标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>完成：已确认 %1，此前已确认 %2，无效 %3，失败 %4，跳过 %5。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln 行未完成；“继续”会发送这些行（不会重复发送）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行的结果保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>已将通过检查的 %Ln 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>其余 %Ln 行及其问题列在 %1 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>间接经销商无法确认；此文件由你的间接提供商通过“批量证明”或 `partnerdesk-cli bulk attest` 运行。请在此处打开文件以检查每一行，然后将通过检查的行另存为提供给提供商的文件。</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>你可以在此处检查文件并保存通过检查的行，然后交由管理员代理或销售代理运行。</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>未打开文件。请打开 CSV 文件 (Ctrl+O) 或将文件拖放到此处。文件的标题行需列出以下列：customerId（或 domain）、firstName、lastName、email、phoneNumber（可选）和 dateAgreed (YYYY-MM-DD)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue with %Ln row(s)…</source>
        <translation>
            <numerusform>继续处理 %Ln 行(&amp;C)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>确认 %Ln 个客户(&amp;C)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>为提供商保存文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>保存已检查的文件(&amp;C)…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>通过检查的行，保留文件原有的列；其余行及其问题保存到同一位置的第二个文件中</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>无法将文件保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>文件为空：需要一个标题行，包含 customerId（或 domain）、firstName、lastName、email、phoneNumber（可选）和 dateAgreed。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件有标题行，但没有数据行。</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId（如果不知道客户 ID，则为 domain）</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>标题行缺少以下列：%1。</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>列“%1”在标题行中出现了两次。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>缺少文件标识</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>无法打开日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>日志 %1 正被另一次运行使用。请等待其结束，或选择其他日志。</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>日志 %1 属于其他文件（或此文件的早期版本）。请使用该日志对应的文件，或选择其他日志。</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>文件 %1 不是 PartnerDesk 批量日志，或已损坏：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>此前已确认</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>无法将结果保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>请提供客户 ID（如果不知道 ID，则提供其域）。</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>客户 ID 的格式类似 14876998-c0dc-46e6-9d0c-65a57a6c32ec（即客户的租户 ID）。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>客户 ID %1，域 %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1（问题：%2）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>客户 ID 或域</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s name, then a problem in its cell</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CommandLineTool</name>
    <message>
        <source>PartnerDesk command line: Microsoft Customer Agreement operations.</source>
        <translation>PartnerDesk 命令行：Microsoft 客户协议操作。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>输出格式：table、json 或 csv（默认：table）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>消息语言，例如 tr 或 de（默认：系统语言）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>接受人的名字。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>接受人的姓氏。</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>接受人的电子邮件地址。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>接受人的电话号码（可选）。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>协议接受日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>检查所有内容，但不发送。</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>国家/地区，两个字母（用于模板）。</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>模板语言，例如 de-DE。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>仅限公司名称以此开头的客户。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>批量：同时进行的最大请求数（默认：%1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>批量：每分钟最大请求数（默认：%1）。</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>PER_MINUTE</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>批量：使运行可恢复的日志文件（默认：与结果文件位于同一位置）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>批量：结果文件（默认：与输入文件位于同一位置）。</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>命令（见上文）。</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定命令。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>未知格式“%1”：请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 需要 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>没有令牌：请设置 PARTNERDESK_TOKEN，或运行 `partnerdesk-cli signin`。</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>请指定客户：客户的租户 ID。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>版本序号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>合作伙伴已确认</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>已直接接受</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>可购买</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>接受人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>有效：未发送任何内容（试运行）。</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>此前已确认：合作伙伴中心已有此确认。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>请使用两个字母的国家/地区代码，例如 US 或 DE。</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>合作伙伴中心未指定 Microsoft 客户协议模板。</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>请求 ID：%1，关联 ID：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>合作伙伴中心地址（默认：启动嵌入式沙盒）。令牌来自 PARTNERDESK_TOKEN，否则来自 `partnerdesk-cli signin`。</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>登录服务（默认：https://login.microsoftonline.com；对于沙盒，则为沙盒自身的地址）。</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>你的合作伙伴租户的 ID 或域（默认：organizations）。</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>为 PartnerDesk 注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Commands:
  signin [--tenant TENANT] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status CUSTOMER_ID
  agreement confirm CUSTOMER_ID --first F --last L --email E [--phone P] --date YYYY-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PREFIX]
  customers show CUSTOMER_ID
  invite link
  bulk attest FILE.csv [--dry-run] [--concurrency N] [--rate PER_MINUTE]
              [--journal FILE] [--results FILE]
Exit codes: 0 success (also &quot;already confirmed&quot;), 2 invalid input or refused before sending,
3 the service answered with an error, 4 network failure,
5 some rows of a bulk file invalid or failed (the other rows done).</source>
        <translation>命令：
  signin [--tenant TENANT] [--client-id ID] [--authority URL]
  signout
  agreement metadata
  agreement status CUSTOMER_ID
  agreement confirm CUSTOMER_ID --first F --last L --email E [--phone P] --date YYYY-MM-DD [--dry-run]
  agreement template [--country CC] [--language ll-CC]
  customers list [--search PREFIX]
  customers show CUSTOMER_ID
  invite link
  bulk attest FILE.csv [--dry-run] [--concurrency N] [--rate PER_MINUTE]
              [--journal FILE] [--results FILE]
退出代码：0 成功（包括“此前已确认”），2 输入无效或在发送前被拒绝，
3 服务返回错误，4 网络故障，
5 批量文件中的部分行无效或失败（其他行已完成）。</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>警告：无法将新的登录信息保留在凭据存储中（%1）。</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>请使用 --client-id ID 指定为 PartnerDesk 注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>此系统上没有 PartnerDesk 可以使用的凭据存储，因此无法为后续命令保留登录信息。请改为在每次运行时设置 PARTNERDESK_TOKEN。</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>若要登录，请在浏览器中打开 %1 并输入代码 %2。正在等待，截止时间为 %3…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>无法连接到登录服务；仍在等待。</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>登录服务未提供刷新令牌（offline_access 范围），因此无法保留任何内容。</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>登录成功，但凭据存储拒绝保留该登录信息（%1）。请改为设置 PARTNERDESK_TOKEN。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>已以 %1（%2）身份登录，租户：%3。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>此系统上没有 PartnerDesk 可以使用的凭据存储：没有可删除的登录信息。</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>已注销：已删除保留的登录信息。</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>没有可删除的已保留登录信息。</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>此系统上没有 PartnerDesk 可以使用的凭据存储，因此未保留任何登录信息。</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>凭据存储无法删除登录信息（%1）。</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>请再次运行 `partnerdesk-cli signin`。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>无法读取客户详细信息，因此未填写任何内容，且检查电话号码时不使用该国家/地区的规则。%1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>已根据最新确认（接受日期为 %1）填写。如果是其他人接受的协议，请改为输入该人员。</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>已根据最新确认填写。如果是其他人接受的协议，请改为输入该人员。</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>已根据帐单配置文件的主要联系人填写。请确保此人就是接受协议的人员；如果不是，请输入正确的人员。</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>无法读取该国家/地区的电话号码格式，因此检查电话号码时不使用该格式。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Microsoft 客户协议 — 确认客户接受</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>确认客户已接受 Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>确认 %1 已接受 Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>输入接受协议人员的名字、姓氏、电子邮件地址和电话号码（可选），以及接受日期。日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>下此订单前，请确认客户已接受 Microsoft 客户协议：目前尚无人确认，客户也未在 Microsoft 365 管理中心内接受。保存后，PartnerDesk 会记录确认，然后下订单。</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>合作伙伴中心拒绝了该订单，因为没有客户已接受 Microsoft 客户协议的记录（错误 13605）。请确认客户已接受；保存后，PartnerDesk 会记录确认，然后下订单。</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>保存并继续(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>正在保存确认…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>在合作伙伴中心记录客户已接受 Microsoft 客户协议 (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>正在读取客户详细信息…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>已取消。如果确认在取消前已到达合作伙伴中心，再次保存时会报告为“此前已确认”。</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>停止保存；已输入的内容会保留 (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>合作伙伴中心会将日期与 UTC 的当日进行比较，而在你所在地区，UTC 的当日可能仍是昨天。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>已创建客户。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>客户管理员的登录信息</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>复制用户名</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>此密码仅显示这一次。请立即复制并妥善保存：PartnerDesk 不会存储密码，合作伙伴中心也无法再次显示。你需要将这些信息提供给客户。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 客户协议</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>再次尝试确认(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>打开客户页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>发送邀请(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>撰写邀请客户在 Microsoft 365 管理中心内接受 Microsoft 客户协议的电子邮件，并附上这些登录信息。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>已创建 %1，域为 %2。</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>合作伙伴中心未发送此客户的登录信息。请在 Microsoft 365 管理中心内重置管理员密码。</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>正在记录接受确认…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>客户在 Microsoft 365 管理中心内接受 Microsoft 客户协议之前无法购买。请向客户发送邀请：其中包含链接和上述登录信息。</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>已创建客户，但无法记录接受确认。%1 请立即重试，或稍后从客户页面（帐户信息、Microsoft 客户协议、更新）进行确认；不会重复创建客户。</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>此接受确认已记录；无需执行其他操作。</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>已确认：%1 %2 已于 %3 接受 Microsoft 客户协议。客户现在可以购买。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>名字(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>姓氏(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>电子邮件地址(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>电话号码（可选）(&amp;P)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>协议接受日期(&amp;A)</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>客户接受协议的日期。不能是将来的日期。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>国家/地区未知</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>覆盖率</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>扫描已取消。显示的数字来自上一次完整扫描。</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>覆盖率仪表板 — Microsoft 客户协议</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>扫描所有客户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>读取每个客户的协议状态。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>导出 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>将每个客户的状态保存为电子表格文件。</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>包含图表和表格并注明日期的报告，供你存档。</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>按协议状态划分的客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>按国家/地区(&amp;C)</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>按国家/地区的覆盖率</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>需要关注（%1）(&amp;N)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>需要关注的客户</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— 剩余不到 1 分钟</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>无法读取客户列表：%1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>扫描以查看有多少客户已接受 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>正在列出客户…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>上次扫描：%1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>导出每个客户的状态</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>导出覆盖率报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>已将报告保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>合作伙伴中心要求 PartnerDesk 降低速度；扫描将在 %Ln 秒后继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>已读取 %Ln 个客户中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>已读取 %Ln 个客户中的 %1 个（正在列出…）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— 剩余约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>有 %Ln 个客户无法完整读取；无法读取状态的客户计为“未知”。最后一个错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>有 %Ln 个未确认的客户已有购买：他们无法在 Microsoft 365 管理中心内接受，因此你的组织必须确认其已接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个客户的状态保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft 客户协议状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>按国家/地区</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>需要关注的客户（%1）</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>所有客户均已由你的组织确认或已直接接受。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Microsoft 客户协议覆盖率</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>有 %Ln 个未确认的客户已有购买：他们无法在 Microsoft 365 管理中心内接受，因此你的组织必须确认其已接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>有 %Ln 个客户无法完整读取；其状态可能显示为“未知”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>正在创建客户…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>正在记录接受确认…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>该文件保存为 UTF-16（“Unicode 文本”），而不是 UTF-8。请将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>该文件保存为 UTF-32，而不是 UTF-8。请将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>第 %1 行不是有效的 UTF-8：文件似乎使用 Latin-1 或其他 8 位代码页（例如 Windows-1252）。请将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>从第 %1 行开始的字段超过 %2 个字符；PartnerDesk 已停止读取该文件。</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>第 %1 行的记录过大（超过 %2 个字段或字符）；PartnerDesk 已停止读取该文件。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>文件超过 %1 行；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>文件大于 %1 MB；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>从第 %1 行开始的带引号字段未闭合：缺少引号 (&quot;)。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft 支持</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>客户的帐单地址未指定国家/地区，因此无法确定其规则。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>此客户没有证据记录；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>将此客户的证据导出为 PDF</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>将此客户的证据导出为 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>从 PartnerDesk 为此客户发送的每项确认（最新的在前）以及合作伙伴中心给出的响应。保存在本计算机上。</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>证据记录</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>请求 ID(&amp;Q)：</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>关联 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>关联 ID</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>将此客户的证据记录保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>将此客户的证据记录保存为 PDF 报告</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>证据记录不可用：PartnerDesk 无法打开本计算机上的证据文件。确认仍会发送到合作伙伴中心，但在文件可访问的情况下重新启动 PartnerDesk 之前，此处不会记录任何确认。</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>尚无证据：尚未从本计算机上的 PartnerDesk 发送此客户的任何确认。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>无法一致地读取一页客户。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA 状态</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>重新读取客户和协议状态 (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>帐户信息</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>域：</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>订阅：</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>主要联系人：</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>电子邮件地址：</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>帐单地址：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>最新确认：</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>直接接受：</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>确认历史记录（最新的在前）(&amp;H)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>确认历史记录</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft 客户协议状态</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>在 Microsoft 365 管理中心内直接接受</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>后续操作</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>邀请接受(&amp;I)…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>协议模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>正在读取协议状态…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>正在读取订阅…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>加载已取消；显示的内容可能不完整。</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>无法读取此客户的部分详细信息。%1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft 支持</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>客户 — 帐户信息</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · 客户 ID %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — 帐户信息</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1（区域性 %2）</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>未通过你的组织购买</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>通过你的组织购买 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>无法读取协议状态。请使用“重试”。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>%1 于 %2 接受。</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>尚无合作伙伴确认。</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>客户已在 Microsoft 365 管理中心内接受。</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>未在 Microsoft 365 管理中心内接受。</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>此客户已通过你的组织进行过购买（订阅：%n），且尚未在 Microsoft 365 管理中心内接受协议。已通过合作伙伴进行过购买的客户无法在管理中心内为新购买接受协议，因此合作伙伴中心以合作伙伴的确认为准。如果是客户方的其他人接受了协议，请使用“更新”记录该人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>此客户已通过你的组织进行过购买（订阅：%n），且尚未在 Microsoft 365 管理中心内接受协议。已通过合作伙伴进行过购买的客户无法在管理中心内为新购买接受协议：管理中心会提示“请联系你的合作伙伴，确认你已接受 Microsoft 客户协议。”合作伙伴必须代表客户进行证明。</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>此客户尚未通过你的组织进行任何购买。如果客户已通过其他合作伙伴购买，Microsoft 365 管理中心同样不允许其为你们的新关系接受协议（会提示其联系合作伙伴），此时合作伙伴必须代表客户进行证明。否则，客户可以在管理中心内接受协议。</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>请在主窗口中使用“批量证明”准备该移交文件；在你将文件发送给提供商之前，它会检查每一行。</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>管理员代理或销售代理可以确认客户已接受。</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>若要解除订单阻止（合作伙伴中心会以错误 13605 拒绝订单），请使用“更新”确认客户已接受。</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>若要解除订单阻止（合作伙伴中心会以错误 13605 拒绝订单），请使用“更新”确认客户已接受，或使用“邀请接受”请客户在 Microsoft 365 管理中心内接受。</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>此前已确认：合作伙伴中心已有使用完全相同联系人的确认，因此未记录新内容。</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>已保存：已记录 %1 于 %2 的接受。</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>（响应在传输中丢失；PartnerDesk 读取确认后发现已记录。）</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>无法读取客户。请使用“重试”。</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>确认客户方由谁在何时接受了 Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>撰写电子邮件，邀请客户在 Microsoft 365 管理中心内接受协议</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>打开或下载客户所在国家/地区的协议</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>下订单；会先检查客户是否已接受</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>打开或下载协议；客户地址未指定国家/地区，请在其中选择</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>为提供商准备文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>“批量证明”会检查 CSV 文件的每一行，并将通过检查的行保存为提供给间接提供商的文件</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>从 PartnerDesk 发送的证据（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>从 PartnerDesk 发送的证据(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>登录服务未返回代码及输入代码的页面。</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>登录服务的响应中没有令牌。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>已复制代码。请将其粘贴到登录页面上。</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>无法打开浏览器。请自行在浏览器中打开 %1。</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>登录到合作伙伴中心</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>请在 Microsoft 登录页面上使用你的工作帐户（合作伙伴组织的管理员代理或销售代理帐户）登录：打开该页面，输入下面的代码，然后在该页面上完成登录（包括多重身份验证）。PartnerDesk 会在此等待并自动继续。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>复制代码(&amp;P)</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>打开登录页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>登录代码</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>登录服务：%1 · 租户：%2 · 应用程序(客户端) ID：%3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>正在向 Microsoft 请求登录代码…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>请在“设置”的“连接”中设置为 PartnerDesk 注册的应用程序(客户端) ID，然后重新登录。</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>当前无法连接到登录服务。PartnerDesk 会继续尝试；代码在 %1 之前有效。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>正在等待你在页面上登录…代码在 %1 之前有效。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>请为下载选择现有文件夹。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>链接已过期；下次尝试时 PartnerDesk 会获取新链接。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>此期间没有证据记录；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>导出某一期间内通过本计算机上的 PartnerDesk 确认的所有客户的证据记录。日期按你所在的时区计算，包含开始日期和结束日期。</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF 报告(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>JSON 文件(&amp;J)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>证据记录不可用：PartnerDesk 无法打开本计算机上的证据文件。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Microsoft 客户协议确认的证据</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>（“设置”中未填写合作伙伴名称）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1（客户 ID %2）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>%1 至 %2（含首尾两天）</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>每一行代表从 PartnerDesk 发送的一项确认以及合作伙伴中心给出的响应。时间为 UTC。请求 ID 和关联 ID 可供 Microsoft 支持识别该请求。超过“设置”中保留期限的记录将删除联系人数据。</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>记录时间 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>联系人和接受日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>客户、请求、关联和模板 ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>接受日期：%1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>此前已确认（代码 %1）</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>失败（HTTP %1，代码 %2）</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>失败（HTTP %1）</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>失败（代码 %1）</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>失败（服务无响应）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>PartnerDesk 窗口</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>批量证明</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>批量证明（命令行）</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>已在保留期限后删除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Contact data was removed on %1 (UTC), after the retention period set in Settings.</source>
        <translation>已超过“设置”中指定的保留期限，联系人数据已于 %1 (UTC) 删除。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>关联 ID</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>重新生成正文？</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>将根据模板重新生成正文，你对正文所做的更改将被替换。</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>请求经销商关系</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>邀请接受 Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>邀请 %1 接受你作为其经销商。合作伙伴中心会提供链接：客户的全局管理员打开该链接，登录 Microsoft 365 管理中心，然后接受该关系；如果尚未接受 Microsoft 客户协议，也会一并接受。</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>邀请 %1 在 Microsoft 365 管理中心内接受 Microsoft 客户协议。客户的全局管理员通过电子邮件中的链接登录，并在其中接受协议。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>正文（编辑模板时预览）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>正文(&amp;M)：</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>模板（含占位符）(&amp;P)：</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>占位符：{{link}} 邀请链接 · {{partner}} 你的公司 · {{customer}} 客户 · {{userName}} 和 {{password}} 登录信息，仅可在 {{#credentials}} 和 {{/credentials}} 之间使用。首行“Subject: …”将用作主题。</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>电子邮件的语言</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>模板的语言。默认为客户的语言。</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>收件人的电子邮件地址</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>含占位符的模板</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>正在获取关系链接</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>正在向合作伙伴中心请求关系链接…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>包括客户的登录信息（用户名和密码）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>隐藏模板(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>编辑模板(&amp;E)</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>更改用于生成此电子邮件的模板，并为此语言保留该模板。</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>另存为我的模板(&amp;V)</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk 将对此语言的所有邀请使用此模板。</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>重置为默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>恢复为 PartnerDesk 自带的模板。</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>以纯文本形式复制主题和正文。</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>在电子邮件中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>未设置你的公司名称，因此电子邮件中显示为“%1”。请在“设置”→“合作伙伴名称”中设置，或在正文中替换。</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>替换你的更改？</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>将根据 %1 模板重新生成正文，你对正文所做的更改将被替换。</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>未收到关系链接：%1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>正在等待合作伙伴中心提供关系链接。</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>缺少关系链接。请使用“重试”再次向合作伙伴中心请求。</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>在邮件程序中打开一封包含此主题和正文的新电子邮件。</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>正在使用你自己的 %1 模板。</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk 尚无 %1 模板，因此显示英语模板。请编辑该模板，并将其另存为你的 %1 模板。</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>此电子邮件包含客户的密码。请仅将其发送给客户的管理员，并要求其在首次登录时更改密码。</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>编辑模板？</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>编辑模板时，正文将根据模板生成，你对正文所做的更改将被替换。</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>已保存。PartnerDesk 现在将使用此模板撰写 %1 邀请。</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>重置模板？</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>将删除你的 %1 模板，并重新使用 PartnerDesk 自带的模板。</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>已重新使用 PartnerDesk 自带的 %1 模板。</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>主题和正文已复制到剪贴板。请将其粘贴到电子邮件中。</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>无法将此地址放入电子邮件链接：其中包含“&amp;”、“?”、“,”或“;”等字符。请输入单个普通地址。</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>没有邮件程序打开该电子邮件。请改用“复制到剪贴板”，然后将文本粘贴到电子邮件中。</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>电子邮件已在邮件程序中打开。请在其中检查后发送。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[你的公司名称]</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LocaleText</name>
    <message>
        <source>%1%</source>
        <comment>percentage; put the percent sign where your language does, with a space if it needs one</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk — Sandbox</source>
        <translation>PartnerDesk — 沙盒</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>新建订单(&amp;O)</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>请求经销商关系(&amp;R)</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>协议模板(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>搜索公司或域 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>按 MCA 状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>已连接到：沙盒</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>已连接到：合作伙伴中心</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>已登录：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%n 个客户中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>（正在加载…）</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>覆盖率仪表板(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>导出证据(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>批量证明(&amp;B)…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>从 CSV 文件一次确认多个客户，会先逐行检查</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>逐行检查 CSV 文件，并保存给负责确认的合作伙伴</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>将某一期间的证据记录保存为 PDF 报告或 JSON 文件</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>证据记录不可用：PartnerDesk 无法打开其证据文件</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>帐户(&amp;A)</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
租户：%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>下一步：Microsoft 协议(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>下一步：审阅(&amp;N)</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>放弃新客户？</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>你为新客户输入的信息将丢失。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewOrderDialog</name>
    <message>
        <source>Microsoft 365 Business Basic</source>
        <translation>Microsoft 365 Business Basic</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Standard</source>
        <translation>Microsoft 365 Business Standard</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium</source>
        <translation>Microsoft 365 Business Premium</translation>
    </message>
    <message>
        <source>Microsoft 365 E3</source>
        <translation>Microsoft 365 E3</translation>
    </message>
    <message>
        <source>Exchange Online (Plan 1)</source>
        <translation>Exchange Online (计划 1)</translation>
    </message>
    <message>
        <source>Microsoft Teams Essentials</source>
        <translation>Microsoft Teams Essentials</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>%1 的新订单</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>下订单前，PartnerDesk 会检查客户是否已接受 Microsoft 客户协议。如果无人确认且客户未在 Microsoft 365 管理中心内接受，系统会要求你先确认客户已接受。</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>产品(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>数量（许可证）(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>计费周期(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>下订单(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>未下订单：客户对 Microsoft 客户协议的接受尚未确认。</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>已下订单。</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>请先确认客户已接受。</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>正在下订单…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>检查客户是否已接受并下订单 (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>正在检查客户是否已接受并下订单…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>正在等待确认客户已接受…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>正在记录确认，然后下订单…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>停止；你的选择不会丢失 (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>已下订单。订单号：%1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>已下订单</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>已取消。如果订单在取消前已到达合作伙伴中心，它会显示在客户的订阅中；请先在其中检查，然后再重新下订单。</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>未下订单。%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>服务地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk 拒绝通过普通 http 将你的登录信息发送到 %1。请使用 https:// 地址；仅允许对本计算机 (127.0.0.1) 使用普通 http。</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>服务地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>服务发送了指向其他地址的链接；PartnerDesk 未跟随该链接。</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>服务反复发送同一页客户。</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>服务在超过 %L1 个客户后仍继续发送客户页面，多于任何合作伙伴拥有的客户数。</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>服务指定的下一页不是用 GET 读取的。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>合作伙伴中心未指定 Microsoft 客户协议模板。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>无法对报告进行排版。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>report line: a label, then its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PermissionPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>只有管理员代理或销售代理才能确认客户已接受 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>只有管理员代理或销售代理才能执行此操作。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>只有管理员代理或销售代理才能下订单。</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>只有管理员代理、销售代理或全局管理员才能邀请客户。</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>你的角色可以查看客户及其协议状态，但不能更改。</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>间接经销商不能代表其客户进行证明。请与你的间接提供商合作：为其准备确认文件，或邀请客户在 Microsoft 365 管理中心内接受协议。</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>只有间接经销商才需要将确认移交给提供商；你可以直接确认。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>已取消创建客户。如果合作伙伴中心已收到请求，客户可能仍已创建：请先检查客户列表，然后再重试。</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>未创建客户。%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>请检查详细信息。若要更改，请返回。在你选择“创建客户”之前，不会创建任何内容。</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>创建客户(&amp;C)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>帐单地址</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 客户协议</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>公司电话：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>电子邮件地址：</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>电话号码：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>区域性：</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>接受方式：</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>接受人：</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>接受日期：</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>取消创建</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>停止等待合作伙伴中心。你输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>你确认客户已接受 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>将要求客户在 Microsoft 365 管理中心内接受 Microsoft 客户协议。在此之前，客户无法购买。</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>正在创建客户…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>请返回并更正：%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>沙盒仅在本计算机 (127.0.0.1) 上运行。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>登录到沙盒</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>沙盒会在本计算机上模拟合作伙伴中心。请选择你的身份：每个演示用户都具有所示的角色和合作伙伴类型，PartnerDesk 会启用该角色可执行的操作。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>演示用户</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>管理员代理</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>销售代理</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>支持人员代理</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>全局管理员</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>计费管理员</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>直接计费合作伙伴</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>间接提供商</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>间接经销商</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>选择“确定”或“应用”后，更改才会生效。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>PartnerDesk 的语言</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>随着 PartnerDesk 翻译的增加，将提供更多语言。</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>合作伙伴名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>合作伙伴名称</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>客户所熟知的你的公司名称</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>用作邀请电子邮件的署名。如果为空，PartnerDesk 将使用登录信息中的名称（如有）。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>沙盒（本计算机，含演示客户）</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>合作伙伴中心</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>在连接到合作伙伴中心时使用。仅当登录信息未指定角色和合作伙伴类型时，才会应用以下设置。</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API 地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>合作伙伴中心 API 地址</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>颁发机构(&amp;T)：</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>登录颁发机构地址</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>租户(&amp;E)：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>“organizations”，或你的合作伙伴租户的 ID 或域。</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>应用程序(客户端) ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>应用程序(客户端) ID</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>登录信息未指定时使用的角色</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>合作伙伴类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>登录信息未指定时使用的合作伙伴类型</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>演示客户(&amp;M)：</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>新沙盒中的演示客户数</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>重置沙盒数据(&amp;S)…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>删除沙盒中的所有内容，并重新创建演示客户。</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>新沙盒中的演示客户数量。重置沙盒会删除其中的客户、确认和订单，并创建新的客户。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>联系人数据保留期限(&amp;K)：</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>在证据记录中保留联系人数据的天数</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>超过此天数后，将从证据记录中删除姓名、电子邮件地址和电话号码；确认本身会保留。最低设置“永久”会保留这些数据。</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>应用此更改会重新启动连接：PartnerDesk 将注销并重新连接。</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>后续版本的 PartnerDesk 将支持登录合作伙伴中心；在此之前，请使用沙盒进行试用。</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>请输入地址，例如 https://api.partnercenter.microsoft.com。</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>请输入“organizations”，或你的合作伙伴租户的 ID 或域。</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>租户可以是“organizations”、租户 ID 或域（例如 contoso.onmicrosoft.com）。</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>应用程序(客户端) ID 的格式类似 00000000-0000-0000-0000-000000000000。</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>重置沙盒？</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>此操作将删除沙盒中的所有客户、确认和订单，并创建 %n 个新的演示客户。合作伙伴中心不受影响。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>合作伙伴已确认</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>已直接接受</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>你的组织已确认客户接受了 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>客户已在 Microsoft 365 管理中心内接受 Microsoft 客户协议。</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>既没有合作伙伴确认，也没有直接接受。此客户的订单已被阻止。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>登录服务的响应中没有令牌。</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>演示用户只能登录到本计算机 (127.0.0.1) 上的沙盒。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>协议接受日期</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>地址行 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>地址行 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>公司电话号码</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>区域性</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填字段。</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>最多使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>请删除制表符、换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>只能使用拉丁字母 (a–z) 和数字 (0–9)。</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>@ 前面的部分包含电子邮件地址不能使用的字符。</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>姓名不能包含数字或 @、&lt;、&gt;、# 等符号。</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>请使用区域性代码，例如 en-US。</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>请使用语言代码，例如 en 或 fr。</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>包含此处不允许使用的字符。</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>请输入至少包含一个字母或汉字的名称。</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>电子邮件地址需要在名称和域之间有 @，例如 name@example.com。</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>电子邮件地址只能包含一个 @。</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>电子邮件地址不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>请输入 @ 前面的名称。</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>@ 前面的部分最多可包含 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>电子邮件地址不能以点开头，@ 后面也不能紧跟点。</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>电子邮件地址不能以点结尾，@ 前面也不能紧挨点。</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>电子邮件地址不能包含连续的两个点。</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>@ 后面的域不完整；其格式应类似 example.com。</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>@ 后面的域不是有效的域名。</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>电子邮件地址最多可包含 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>只能使用数字、空格、短划线、点、括号和开头的 +。</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>电话号码至少需要 %n 位数字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>电话号码最多可包含 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>这不是客户所在国家/地区的电话号码格式。</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>请输入 YYYY-MM-DD 格式的有效日期。</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>接受日期不能是将来的日期。合作伙伴中心按 UTC 计算日期，因此当前允许的最晚日期为 %1。</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>当时 Microsoft 客户协议尚不存在；请使用 %1 或之后的日期。</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>此邮政编码不符合客户所在国家/地区使用的格式。</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>请从列表中为此国家/地区选择州/省。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>请使用两个字母的国家/地区代码，例如 US 或 DE。</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>客户所在国家/地区不支持此值；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>运行在 127.0.0.1 上的合作伙伴中心模拟服务，用于测试和演示。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1 上的端口（0 = 任意空闲端口）。</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>SQLite 文件（默认：退出时删除的临时文件）。</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>在新数据库中预置的客户数。</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>生成数据的随机种子。</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>返回 429 之前每分钟允许的请求数（0 = 不限流）。</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>访问令牌有效期。</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>在 JSON 正文开头添加 UTF-8 字节顺序标记。</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk：确认和查看客户对 Microsoft 客户协议的接受情况。</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>无论“设置”如何，均使用沙盒。</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>按类型以百分比让该比例的 /v1 请求失败：429、500、503、drop-before、drop-after、slow、malformed，或 all（平均分配）；例如 429=5,drop-after=2 或 all=20。</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>故障决策的种子。</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>注入的 429 响应的 Retry-After。</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>慢速响应被延迟的时长（超过客户端的超时时间）。</translation>
    </message>
</context>
</TS>
