<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>PartnerDesk::AccountInfoPage</name>
    <message>
        <source>Account info</source>
        <translation>アカウント情報</translation>
    </message>
    <message>
        <source>Enter the company&apos;s details and its primary contact.</source>
        <translation>会社の詳細と主要連絡先を入力してください。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要連絡先</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The customer&apos;s initial Microsoft 365 domain. Use Latin letters and digits; it cannot be changed after the customer is created.</source>
        <translation>顧客の初期 Microsoft 365 ドメインです。半角英字と数字を使用してください。顧客の作成後は変更できません。</translation>
    </message>
    <message>
        <source>Followed by %1. Availability is checked as you type.</source>
        <translation>この後に %1 が続きます。空き状況は入力中に確認されます。</translation>
    </message>
    <message>
        <source>for example contoso</source>
        <translation>例: contoso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The language of Microsoft&apos;s messages to the customer.</source>
        <translation>Microsoft から顧客へのメッセージの言語です。</translation>
    </message>
    <message>
        <source>How dates, numbers and currency are shown to the customer.</source>
        <translation>顧客に表示される日付、数値、通貨の形式です。</translation>
    </message>
    <message>
        <source>The person Microsoft and you contact about this customer&apos;s account.</source>
        <translation>この顧客のアカウントについて、Microsoft と自社からの連絡を受ける担当者です。</translation>
    </message>
    <message>
        <source>Use the &amp;suggested address</source>
        <translation>提案された住所を使用(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation>会社名(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Domain name</source>
        <translation>ドメイン名(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;untry/region</source>
        <translation>国/地域(&amp;U)</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>住所 1(&amp;1)</translation>
    </message>
    <message>
        <source>Address line &amp;2 (optional)</source>
        <translation>住所 2 (省略可能)(&amp;2)</translation>
    </message>
    <message>
        <source>Ci&amp;ty (optional)</source>
        <translation>市区町村 (省略可能)(&amp;T)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>市区町村(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;State or province (optional)</source>
        <translation>都道府県/州 (省略可能)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;State or province</source>
        <translation>都道府県/州(&amp;S)</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional)</source>
        <translation>郵便番号 (省略可能)(&amp;C)</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>郵便番号(&amp;C)</translation>
    </message>
    <message>
        <source>Company p&amp;hone (optional)</source>
        <translation>会社の電話番号 (省略可能)(&amp;H)</translation>
    </message>
    <message>
        <source>Company p&amp;hone</source>
        <translation>会社の電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>Cultu&amp;re</source>
        <translation>カルチャ(&amp;R)</translation>
    </message>
    <message>
        <source>Reading Partner Center&apos;s address rules for %1…</source>
        <translation>%1 の住所ルールをパートナー センターから読み込んでいます…</translation>
    </message>
    <message>
        <source>Partner Center has no address rules for %1, so only general checks apply here. Partner Center checks the address when the customer is created.</source>
        <translation>パートナー センターには %1 の住所ルールがないため、ここでは一般的なチェックのみが適用されます。住所は顧客の作成時にパートナー センターで確認されます。</translation>
    </message>
    <message>
        <source>The address rules for %1 could not be read, so only general checks apply here. Partner Center checks the address when the customer is created. %2</source>
        <translation>%1 の住所ルールを読み込めなかったため、ここでは一般的なチェックのみが適用されます。住所は顧客の作成時にパートナー センターで確認されます。%2</translation>
    </message>
    <message>
        <source>Checking whether %1 is available…</source>
        <translation>%1 が使用可能かどうかを確認しています…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 は使用可能です。</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another domain name.</source>
        <translation>%1 は既に使用されています。別のドメイン名を選択してください。</translation>
    </message>
    <message>
        <source>Whether %1 is available could not be checked; Partner Center checks it when the customer is created. %2</source>
        <translation>%1 が使用可能かどうかを確認できませんでした。顧客の作成時にパートナー センターで確認されます。%2</translation>
    </message>
    <message>
        <source>Partner Center recognises this address.</source>
        <translation>この住所はパートナー センターで認識されています。</translation>
    </message>
    <message>
        <source>Partner Center suggests: %1</source>
        <translation>パートナー センターの提案: %1</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. Check the street, city and postal code before you go on.</source>
        <translation>パートナー センターでこの住所を確認できませんでした。続行する前に、番地、市区町村、郵便番号を確認してください。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementHistoryModel</name>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 顧客契約</translation>
    </message>
    <message>
        <source>Microsoft Cloud Agreement</source>
        <translation>Microsoft クラウド契約</translation>
    </message>
    <message>
        <source>Template %1
%2</source>
        <translation>テンプレート %1
%2</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>同意者</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementPage</name>
    <message>
        <source>Microsoft agreement</source>
        <translation>Microsoft 契約</translation>
    </message>
    <message>
        <source>How does the customer accept the Microsoft Customer Agreement?</source>
        <translation>顧客は Microsoft 顧客契約にどのように同意しますか?</translation>
    </message>
    <message>
        <source>A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm that the customer has already accepted it, or let the customer accept it in the Microsoft 365 admin center.</source>
        <translation>顧客は Microsoft 顧客契約に同意した後でのみ購入できます。顧客が既に同意したことを確認するか、顧客に Microsoft 365 管理センターで同意してもらいます。</translation>
    </message>
    <message>
        <source>&amp;Confirm the customer&apos;s acceptance now (partner attestation)</source>
        <translation>顧客の同意を今すぐ確認する (パートナーによる証明)(&amp;C)</translation>
    </message>
    <message>
        <source>The customer &amp;has accepted the Microsoft Customer Agreement</source>
        <translation>顧客は Microsoft 顧客契約に同意済みです(&amp;H)</translation>
    </message>
    <message>
        <source>The person who accepted the agreement, and when. Make sure these details are correct; if they are not, select Update and enter the details of the person who accepted it.</source>
        <translation>契約に同意した人とその日付です。これらの詳細が正しいことを確認してください。正しくない場合は [更新] を選択し、契約に同意した人の詳細を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Enter a different person who accepted the agreement.</source>
        <translation>契約に同意した別の人を入力します。</translation>
    </message>
    <message>
        <source>&amp;Reset to the primary contact</source>
        <translation>主要連絡先に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>The customer &amp;will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center</source>
        <translation>顧客に Microsoft 365 管理センターで Microsoft 顧客契約への同意を求める(&amp;W)</translation>
    </message>
    <message>
        <source>New customers cannot make a purchase until they accept the agreement. After the customer is created, PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new customer&apos;s sign-in details.</source>
        <translation>新しい顧客は、契約に同意するまで購入できません。顧客の作成後、PartnerDesk は Microsoft 365 管理センターへのリンクと新しい顧客のサインイン情報を含む招待メールを用意します。</translation>
    </message>
    <message>
        <source>View the agreement &amp;template…</source>
        <translation>契約テンプレートを表示(&amp;T)…</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific: this opens the template for the customer&apos;s country.</source>
        <translation>Microsoft 顧客契約は国ごとに異なります。顧客の国のテンプレートが開きます。</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>顧客が Microsoft 顧客契約に同意したことを確認するには、チェック ボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>顧客が Microsoft 顧客契約に同意したことを確認するには、このチェック ボックスをオンにしてください。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateDialog</name>
    <message>
        <source>Microsoft Customer Agreement template</source>
        <translation>Microsoft 顧客契約テンプレート</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is country-specific. Choose the customer&apos;s country (it comes from the billing address) and a language offered there, then open the template or download it as a Word document.</source>
        <translation>Microsoft 顧客契約は国ごとに異なります。顧客の国 (請求先住所から取得) と、その国で提供されている言語を選択し、テンプレートを開くか、Word 文書としてダウンロードしてください。</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>国/地域(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Links to the template expire after five minutes, so PartnerDesk asks Partner Center for a new one each time you open or download it.</source>
        <translation>テンプレートへのリンクは 5 分で期限切れになるため、PartnerDesk は開くたび、またはダウンロードするたびにパートナー センターに新しいリンクを要求します。</translation>
    </message>
    <message>
        <source>Country or region of the agreement</source>
        <translation>契約の国または地域</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>契約の言語</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the template in your web browser.</source>
        <translation>テンプレートを Web ブラウザーで開きます。</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Saves the template as a Word document in a file you choose.</source>
        <translation>テンプレートを Word 文書として、選択したファイルに保存します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Canceled: only English is listed. Choose the country again to load its languages.</source>
        <translation>キャンセルしました。英語のみが表示されています。言語を読み込むには、国をもう一度選択してください。</translation>
    </message>
    <message>
        <source>PartnerDesk could not load the languages offered in %1, so only English is listed. %2</source>
        <translation>%1 で提供されている言語を読み込めなかったため、英語のみが表示されています。%2</translation>
    </message>
    <message>
        <source>Loading the languages offered in %1…</source>
        <translation>%1 で提供されている言語を読み込んでいます…</translation>
    </message>
    <message>
        <source>Asking Partner Center for a new link to the template…</source>
        <translation>テンプレートへの新しいリンクをパートナー センターに要求しています…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Wait until the languages are loaded.</source>
        <translation>言語が読み込まれるまでお待ちください。</translation>
    </message>
    <message>
        <source>Wait for the current download, or cancel it.</source>
        <translation>現在のダウンロードが終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Choose a country with a template first.</source>
        <translation>まず、テンプレートがある国を選択してください。</translation>
    </message>
    <message>
        <source>No web browser opened the template. Use “Download” to save it instead.</source>
        <translation>テンプレートを開く Web ブラウザーがありませんでした。代わりに [ダウンロード] を使用して保存してください。</translation>
    </message>
    <message>
        <source>The template is open in your browser. Its link works for five minutes; PartnerDesk gets a new one the next time.</source>
        <translation>テンプレートはブラウザーで開いています。リンクは 5 分間有効です。次回は PartnerDesk が新しいリンクを取得します。</translation>
    </message>
    <message>
        <source>Partner Center has no version in %1 and sent %2.</source>
        <translation>パートナー センターには %1 の版がないため、%2 が送信されました。</translation>
    </message>
    <message>
        <source>Save the agreement template</source>
        <translation>契約テンプレートの保存</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word 文書 (*.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>何もダウンロードされませんでした。</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>ダウンロードしています… %1 / %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>ダウンロードしています… %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) in %3.</source>
        <translation>「%1」(%2) を %3 に保存しました。</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>ダウンロードはキャンセルされました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>テンプレートは保存されませんでした。%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AgreementTemplateSource</name>
    <message>
        <source>Partner Center sent a template link PartnerDesk will not open. %1</source>
        <translation>パートナー センターから送信されたテンプレートのリンクは、PartnerDesk では開きません。%1</translation>
    </message>
    <message>
        <source>Partner Center lists no Microsoft Customer Agreement template.</source>
        <translation>パートナー センターに Microsoft 顧客契約のテンプレートがありません。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>応答が %1 MB を超えたため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The answer is cut short or is not JSON.</source>
        <translation>応答が途中で切れているか、JSON ではありません。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ApiError</name>
    <message>
        <source>PartnerDesk cannot reach the service. Check the network connection and try again.</source>
        <translation>PartnerDesk はサービスに接続できません。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>サービスが時間内に応答しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took effect. Check the current state before trying again.</source>
        <translation>要求は送信されましたが、応答が失われたため、処理が反映されたかどうか PartnerDesk では判断できません。もう一度試す前に、現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>The service sent an answer PartnerDesk cannot read.</source>
        <translation>サービスから PartnerDesk で読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The request was refused before it was sent.</source>
        <translation>要求は送信前に拒否されました。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again; what you have entered is kept.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。入力した内容は保持されます。</translation>
    </message>
    <message>
        <source>A partner confirmation with exactly this contact already exists for this customer, so nothing new was recorded.</source>
        <translation>この顧客には、これとまったく同じ連絡先によるパートナーの確認が既に存在するため、新たな記録は行われませんでした。</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: confirm their acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place this order.</source>
        <translation>顧客はまだ Microsoft 顧客契約に同意していません。この注文を行う前に、顧客の同意を確認するか、Microsoft 365 管理センターで同意するよう顧客に依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n second(s).</source>
        <translation>
            <numerusform>パートナー センターで要求の送信速度が制限されています。PartnerDesk は %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center is limiting how fast requests may be sent. Try again shortly.</source>
        <translation>パートナー センターで要求の送信速度が制限されています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Partner Center did not accept your sign-in. Sign in again.</source>
        <translation>パートナー センターでサインインが受け付けられませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Partner Center refused this action for your account.</source>
        <translation>パートナー センターで、お使いのアカウントに対するこの操作が拒否されました。</translation>
    </message>
    <message>
        <source>Partner Center could not find it.</source>
        <translation>パートナー センターで見つかりませんでした。</translation>
    </message>
    <message>
        <source>Partner Center had a problem of its own. Try again later.</source>
        <translation>パートナー センター側で問題が発生しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Partner Center refused the request.</source>
        <translation>パートナー センターで要求が拒否されました。</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>サービスからのメッセージ: 「%1」</translation>
    </message>
    <message>
        <source>(error %1, HTTP %2)</source>
        <translation>(エラー %1、HTTP %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(error %1)</source>
        <translation>(エラー %1)</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication (MFA) for access by an app with a user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your administrator to require MFA for your account.</source>
        <translation>パートナー センターでは、2026 年 4 月以降、アプリ + ユーザー認証によるアクセスに多要素認証 (MFA) が必要です。もう一度サインインして MFA の確認を完了してください。確認が表示されない場合は、お使いのアカウントで MFA を必須にするよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within the time shown.</source>
        <translation>サインイン コードが使用される前に有効期限が切れました。もう一度サインインを開始し、表示された時間内に新しいコードを入力してください。</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Start it again if that was a mistake.</source>
        <translation>サインイン ページでサインインが拒否されました。誤って拒否した場合は、もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in service does not know this code. Start the sign-in again.</source>
        <translation>サインイン サービスでこのコードが認識されません。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>サインインが無効になりました (有効期限切れまたは取り消し)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in service does not accept the application (client) ID set in Settings for this kind of sign-in. Check the ID with your administrator.</source>
        <translation>サインイン サービスでは、[設定] で指定されたアプリケーション (クライアント) ID をこの種類のサインインに使用できません。管理者に ID を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the authority, tenant and application (client) ID in Settings.</source>
        <translation>サインイン サービスで要求が拒否されました。[設定] でサインイン機関、テナント、アプリケーション (クライアント) ID を確認してください。</translation>
    </message>
    <message>
        <source>The service answered with an error of its own, and reading the current state afterwards failed, so PartnerDesk cannot tell whether the request took effect. Check the current state before trying again.</source>
        <translation>サービスがサービス側のエラーで応答し、その後の現在の状態の読み取りにも失敗したため、要求が反映されたかどうかを PartnerDesk では判断できません。もう一度試す前に、現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>PartnerDesk could not verify the service&apos;s certificate, so it sent nothing. Check the service address in Settings; a network that inspects encrypted traffic needs its certificate installed on this computer.</source>
        <translation>PartnerDesk はサービスの証明書を検証できなかったため、何も送信していません。設定でサービスのアドレスを確認してください。暗号化された通信を検査するネットワークでは、その証明書をこのコンピューターにインストールする必要があります。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AppController</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The new connection is used the next time PartnerDesk starts.</source>
        <translation>新しい接続は、次回 PartnerDesk を起動したときに使用されます。</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>サンドボックスのデータをリセット</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only</source>
        <translation>サインインはこのセッションでのみ保持されます</translation>
    </message>
    <message>
        <source>This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. Nothing is written to a file.</source>
        <translation>このコンピューターには PartnerDesk で使用できる資格情報ストア (GNOME Keyring や KWallet など) がないため、サインインはメモリ内にのみ保持されます。次回 PartnerDesk を起動したときに、もう一度サインインするよう求められます。ファイルには何も書き込まれません。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AttentionListModel</name>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA の状態</translation>
    </message>
    <message>
        <source>Has purchases</source>
        <translation>購入の有無</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Check the file with --dry-run and hand it to your indirect provider, who runs it.</source>
        <translation>--dry-run でファイルをチェックし、間接プロバイダーに渡して実行してもらってください。</translation>
    </message>
    <message>
        <source>Checking %1 rows of %2 (dry run: nothing is sent).</source>
        <translation>%2 行中 %1 行をチェックしています (ドライ ラン: 何も送信されません)。</translation>
    </message>
    <message>
        <source>Confirming %1 rows of %2 (journal: %3).</source>
        <translation>%2 行中 %1 行を確認しています (ジャーナル: %3)。</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 行: 有効 %3、既に確認済み %4、無効 %5、失敗 %6、スキップ %7</translation>
    </message>
    <message>
        <source>%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped</source>
        <translation>%1/%2 行: 確認 %3、既に確認済み %4、無効 %5、失敗 %6、スキップ %7</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>、残り約 %1</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>、調整 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>実行が停止しました: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>調整 (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ジャーナル</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationRunner</name>
    <message>
        <source>The same customer, contact and date as line %1: not sent twice.</source>
        <translation>%1 行目と同じ顧客、連絡先、日付です。2 回は送信しません。</translation>
    </message>
    <message>
        <source>No customer of yours has this ID.</source>
        <translation>この ID の顧客はいません。</translation>
    </message>
    <message>
        <source>No customer of yours has the domain %1.</source>
        <translation>ドメイン %1 の顧客はいません。</translation>
    </message>
    <message>
        <source>The customer with this ID has the domain %1, not %2.</source>
        <translation>この ID の顧客のドメインは %1 で、%2 ではありません。</translation>
    </message>
    <message>
        <source>Confirmed: found recorded after an interrupted run, not sent again.</source>
        <translation>確認済み: 中断された実行の後に記録が見つかったため、再送信しませんでした。</translation>
    </message>
    <message>
        <source>Line %1 confirms the same contact for this customer; Partner Center keeps one confirmation per contact.</source>
        <translation>%1 行目でこの顧客の同じ連絡先を確認しています。パートナー センターでは連絡先ごとに 1 件の確認が保持されます。</translation>
    </message>
    <message>
        <source>Partner Center already has a confirmation with this contact (accepted on %1); nothing was sent.</source>
        <translation>パートナー センターには、この連絡先による確認が既にあります (同意日: %1)。何も送信しませんでした。</translation>
    </message>
    <message>
        <source>Valid: would be confirmed.</source>
        <translation>有効: 確認される予定です。</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); nothing was sent.</source>
        <translation>ジャーナルに書き込めませんでした (%1)。何も送信しませんでした。</translation>
    </message>
    <message>
        <source>Partner Center already had a confirmation with this contact (600061).</source>
        <translation>パートナー センターには、この連絡先による確認が既にありました (600061)。</translation>
    </message>
    <message>
        <source>Confirmed: the answer was lost, and reading showed the confirmation recorded.</source>
        <translation>確認済み: 応答は失われましたが、読み取りで確認が記録されていることがわかりました。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>確認しました。</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because Partner Center could not be used (%1).</source>
        <translation>未送信: パートナー センターを使用できなかったため、実行が停止しました (%1)。</translation>
    </message>
    <message>
        <source>Canceled while being sent: the next run with the same journal reads the customer&apos;s confirmations before sending again.</source>
        <translation>送信中にキャンセルされました: 同じジャーナルでの次の実行では、再送信する前に顧客の確認を読み取ります。</translation>
    </message>
    <message>
        <source>Not done: the run was canceled. Run the file again with the same journal to finish it.</source>
        <translation>未完了: 実行はキャンセルされました。完了するには、同じジャーナルでファイルをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkAttestationWindow</name>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>残り約 %Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>残り約 %Ln 分</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>残り約 %1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%2 行中 %1 行を表示</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>一括証明</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here</source>
        <translation>1 行に 1 件の確認を含む CSV ファイルを開きます (Ctrl+O)。ここにドロップすることもできます</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>表示する行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>問題のある行</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>A&amp;dvanced options</source>
        <translation>詳細オプション(&amp;D)</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>並列要求数(&amp;Q):</translation>
    </message>
    <message>
        <source>How many requests are in flight at most</source>
        <translation>同時に処理できる要求の上限</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>1 分あたりの要求数(&amp;M):</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools</source>
        <translation>パートナー センターでは、テナントごとに 1 分あたり約 500 件の要求が許可されています。既定値では他のツール用に余裕を残しています</translation>
    </message>
    <message>
        <source>Nothing new is sent while paused; requests already sent finish</source>
        <translation>一時停止中は新たに何も送信されません。送信済みの要求は完了します</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>実行をキャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Stops the run; rows not done stay in the journal and are sent when you continue or open the file again</source>
        <translation>実行を停止します。未完了の行はジャーナルに残り、続行するかファイルをもう一度開いたときに送信されます</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>結果を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Every row of the file with its outcome, code and message, as CSV</source>
        <translation>ファイルのすべての行を、結果、コード、メッセージと共に CSV として保存します</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>閉じる(&amp;E)</translation>
    </message>
    <message>
        <source>Bulk attestation is running</source>
        <translation>一括証明を実行中です</translation>
    </message>
    <message>
        <source>%1 of %2 rows are done. Cancel the run and close the window?</source>
        <translation>%2 行中 %1 行が完了しました。実行をキャンセルしてウィンドウを閉じますか?</translation>
    </message>
    <message>
        <source>Rows not done stay in the journal: open the same file again to finish them; no row is sent twice. Choose No to keep the run going.</source>
        <translation>未完了の行はジャーナルに残ります。同じファイルをもう一度開くと、残りの行を完了できます。同じ行が 2 回送信されることはありません。実行を続けるには [いいえ] を選択してください。</translation>
    </message>
    <message>
        <source>Open a bulk attestation file</source>
        <translation>一括証明ファイルを開く</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is sent twice.</source>
        <translation>
            <numerusform>このファイルの以前の実行で、%Ln 行が処理済みです。確認は残りの行から続行されます。同じ行が 2 回送信されることはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) not done yet to Partner Center?</source>
        <translation>
            <numerusform>未完了の %Ln 行をパートナー センターに送信しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln confirmation(s) to Partner Center, for %1?</source>
        <translation>
            <numerusform>%1について、%Ln 件の確認をパートナー センターに送信しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 件の顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the date given. Rows with problems are not sent.</source>
        <translation>各確認により、行に記載された連絡先が指定の日付に Microsoft 顧客契約に同意したことが記録されます。問題のある行は送信されません。</translation>
    </message>
    <message>
        <source>Confirm customers</source>
        <translation>顧客の確認</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>停止しています: 送信済みの要求を待っています…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>残り時間を見積もっています…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.</source>
        <translation>
            <numerusform>パートナー センターから速度を落とすよう要求されました (%Ln 回)。PartnerDesk は要求どおりに待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>チェックが停止しました: %1</translation>
    </message>
    <message>
        <source>No row can be sent. Correct the marked cells in the file and open it again.</source>
        <translation>送信できる行がありません。ファイル内のマークされたセルを修正して、もう一度開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can go in the file you hand over.</source>
        <translation>
            <numerusform>%Ln 行がチェックに合格しました。これらの行は引き渡すファイルに含めることができます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) passed the check and can be sent. Nothing has been sent yet.</source>
        <translation>
            <numerusform>%Ln 行がチェックに合格し、送信できます。まだ何も送信されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems: they are marked in the table.</source>
        <translation>
            <numerusform>%Ln 行に問題があります。表内でマークされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.</source>
        <translation>完了: 確認 %1、既に確認済み %2、無効 %3、失敗 %4、スキップ %5。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>実行が停止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are not done; Continue sends them (nothing is sent twice).</source>
        <translation>
            <numerusform>%Ln 行が未完了です。[続行] でこれらの行を送信します (2 回送信されることはありません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>結果の保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The results of %Ln row(s) were saved to %1.</source>
        <translation>
            <numerusform>%Ln 行の結果を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that passed the check were saved to %1.</source>
        <translation>
            <numerusform>チェックに合格した %Ln 行を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln row(s) are listed with their problems in %1.</source>
        <translation>
            <numerusform>その他の %Ln 行は、問題点と共に %1 に記載されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows that passed as a file for your provider.</source>
        <translation>間接リセラーは確認できません。このファイルは、間接プロバイダーが [一括証明] または `partnerdesk-cli bulk attest` で実行します。ここでファイルを開いてすべての行をチェックし、合格した行をプロバイダー用のファイルとして保存してください。</translation>
    </message>
    <message>
        <source>You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who runs it.</source>
        <translation>ここでファイルをチェックし、合格した行を保存して、管理エージェントまたは営業エージェントに実行してもらうことができます。</translation>
    </message>
    <message>
        <source>No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed (YYYY-MM-DD).</source>
        <translation>ファイルが開かれていません。CSV ファイルを開く (Ctrl+O) か、ここにドロップしてください。ヘッダー行には、customerId (または domain)、firstName、lastName、email、phoneNumber (省略可能)、dateAgreed (YYYY-MM-DD) の各列を指定します。</translation>
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
            <numerusform>%Ln 行の処理を続行(&amp;C)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %Ln customer(s)…</source>
        <translation>
            <numerusform>%Ln 件の顧客を確認(&amp;C)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;file for your provider…</source>
        <translation>プロバイダー用のファイルを保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Save &amp;checked file…</source>
        <translation>チェック済みファイルを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>The rows that passed the check, in the file&apos;s own columns; the other rows go with their problems to a second file beside it</source>
        <translation>チェックに合格した行を、元のファイルと同じ列で保存します。その他の行は問題点と共に、同じ場所の 2 つ目のファイルに保存されます</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkHandOffFile</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>ファイルを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkInputError</name>
    <message>
        <source>The file is empty: it needs a header row with customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed.</source>
        <translation>ファイルが空です。customerId (または domain)、firstName、lastName、email、phoneNumber (省略可能)、dateAgreed を含むヘッダー行が必要です。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>ファイルにはヘッダー行がありますが、データ行がありません。</translation>
    </message>
    <message>
        <source>customerId (or domain, when the customer ID is not known)</source>
        <translation>customerId (顧客 ID が不明な場合は domain)</translation>
    </message>
    <message>
        <source>The header row lacks these columns: %1.</source>
        <translation>ヘッダー行に次の列がありません: %1。</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row.</source>
        <translation>列「%1」がヘッダー行に 2 回あります。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal</name>
    <message>
        <source>no file identity</source>
        <translation>ファイル識別情報がありません</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkJournal::Error</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>ジャーナル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run. Wait for it to end, or choose another journal.</source>
        <translation>ジャーナル %1 は別の実行で使用中です。終了するまで待つか、別のジャーナルを選択してください。</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file (or to an earlier version of this one). Use the file it was made for, or choose another journal.</source>
        <translation>ジャーナル %1 は別のファイル (またはこのファイルの以前のバージョン) のものです。対応するファイルを使用するか、別のジャーナルを選択してください。</translation>
    </message>
    <message>
        <source>The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2</source>
        <translation>ファイル %1 は PartnerDesk の一括処理ジャーナルではないか、破損しています: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkOutcome</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>既に確認済み</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkResultFile</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>結果を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowChecks</name>
    <message>
        <source>Give the customer&apos;s ID (or its domain, when the ID is not known).</source>
        <translation>顧客の ID (ID が不明な場合はドメイン) を指定してください。</translation>
    </message>
    <message>
        <source>A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer&apos;s tenant ID).</source>
        <translation>顧客 ID は 14876998-c0dc-46e6-9d0c-65a57a6c32ec のような形式です (顧客のテナント ID)。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BulkRowsModel</name>
    <message>
        <source>Customer ID %1, domain %2</source>
        <translation>顧客 ID %1、ドメイン %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>%1 (problem: %2)</source>
        <translation>%1 (問題: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Customer ID or domain</source>
        <translation>顧客 ID またはドメイン</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s name, then a problem in its cell</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CommandLineTool</name>
    <message>
        <source>PartnerDesk command line: Microsoft Customer Agreement operations.</source>
        <translation>PartnerDesk コマンド ライン: Microsoft 顧客契約の操作。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>出力形式: table、json、csv (既定: table)。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages, such as tr or de (default: the system&apos;s).</source>
        <translation>メッセージの言語 (例: tr、de。既定: システムの言語)。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>First name of the person who accepted.</source>
        <translation>同意した人の名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name of the person who accepted.</source>
        <translation>同意した人の姓。</translation>
    </message>
    <message>
        <source>Email address of the person who accepted.</source>
        <translation>同意した人のメール アドレス。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Phone number of the person who accepted (optional).</source>
        <translation>同意した人の電話番号 (省略可能)。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Agreement acceptance date, YYYY-MM-DD.</source>
        <translation>契約の同意日 (YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>すべてをチェックし、何も送信しません。</translation>
    </message>
    <message>
        <source>Country/region, two letters (templates).</source>
        <translation>国/地域、2 文字 (テンプレート)。</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Language of the template, such as de-DE.</source>
        <translation>テンプレートの言語 (例: de-DE)。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Only customers whose company name starts with this.</source>
        <translation>会社名がこの文字列で始まる顧客のみ。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Bulk: requests in flight at most (default: %1).</source>
        <translation>一括: 同時に処理中の要求の上限 (既定: %1)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bulk: requests a minute at most (default: %1).</source>
        <translation>一括: 1 分あたりの要求の上限 (既定: %1)。</translation>
    </message>
    <message>
        <source>PER_MINUTE</source>
        <translation>PER_MINUTE</translation>
    </message>
    <message>
        <source>Bulk: the journal that makes a run resumable (default: beside the results).</source>
        <translation>一括: 実行を再開可能にするジャーナル (既定: 結果ファイルと同じ場所)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Bulk: the result file (default: beside the input file).</source>
        <translation>一括: 結果ファイル (既定: 入力ファイルと同じ場所)。</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>コマンド (上記を参照)。</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>コマンドを指定してください。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, json or csv.</source>
        <translation>不明な形式「%1」です。table、json、csv のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 には 1 から %2 までの整数を指定します。</translation>
    </message>
    <message>
        <source>No token: set PARTNERDESK_TOKEN, or run `partnerdesk-cli signin`.</source>
        <translation>トークンがありません。PARTNERDESK_TOKEN を設定するか、`partnerdesk-cli signin` を実行してください。</translation>
    </message>
    <message>
        <source>Name the customer: the customer&apos;s tenant ID.</source>
        <translation>顧客を指定してください (顧客のテナント ID)。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>テンプレート ID</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>契約の種類</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Version rank</source>
        <translation>バージョン順位</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>パートナーが確認済み</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>直接同意済み</translation>
    </message>
    <message>
        <source>May buy</source>
        <translation>購入可</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>同意者</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Valid: nothing was sent (dry run).</source>
        <translation>有効: 何も送信されていません (ドライ ラン)。</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has this confirmation.</source>
        <translation>既に確認済み: パートナー センターにこの確認があります。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>確認しました。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>US や DE などの 2 文字の国コードを使用してください。</translation>
    </message>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>パートナー センターから Microsoft 顧客契約のテンプレートが示されませんでした。</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要連絡先</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Request ID: %1, correlation ID: %2</source>
        <translation>要求 ID: %1、相関 ID: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Partner Center address (default: start the embedded sandbox). The token comes from PARTNERDESK_TOKEN, else from `partnerdesk-cli signin`.</source>
        <translation>パートナー センターのアドレス (既定: 組み込みのサンドボックスを起動)。トークンは PARTNERDESK_TOKEN から取得されます (未設定の場合は `partnerdesk-cli signin` から)。</translation>
    </message>
    <message>
        <source>Sign-in service (default: https://login.microsoftonline.com; the sandbox&apos;s own address for a sandbox).</source>
        <translation>サインイン サービス (既定: https://login.microsoftonline.com。サンドボックスの場合はサンドボックス自身のアドレス)。</translation>
    </message>
    <message>
        <source>Your partner tenant: its ID or domain (default: organizations).</source>
        <translation>パートナー テナントの ID またはドメイン (既定: organizations)。</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>The application (client) ID registered for PartnerDesk.</source>
        <translation>PartnerDesk 用に登録されたアプリケーション (クライアント) ID。</translation>
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
        <translation>コマンド:
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
終了コード: 0 成功 (「既に確認済み」を含む)、2 入力が無効または送信前に拒否、
3 サービスがエラーを返した、4 ネットワーク障害、
5 一括ファイルの一部の行が無効または失敗 (他の行は完了)。</translation>
    </message>
    <message>
        <source>Warning: the new sign-in could not be kept in the secret store (%1).</source>
        <translation>警告: 新しいサインインを資格情報ストアに保持できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Name the application (client) ID registered for PartnerDesk: --client-id ID.</source>
        <translation>PartnerDesk 用に登録されたアプリケーション (クライアント) ID を --client-id ID で指定してください。</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so a sign-in cannot be kept for later commands. Set PARTNERDESK_TOKEN for each run instead.</source>
        <translation>このシステムには PartnerDesk で使用できる資格情報ストアがないため、以降のコマンドのためにサインインを保持できません。代わりに、実行ごとに PARTNERDESK_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2. Waiting until %3…</source>
        <translation>サインインするには、ブラウザーで %1 を開き、コード %2 を入力してください。%3 まで待機しています…</translation>
    </message>
    <message>
        <source>No connection to the sign-in service; still waiting.</source>
        <translation>サインイン サービスに接続できません。待機を続けています。</translation>
    </message>
    <message>
        <source>The sign-in service gave no refresh token (the offline_access scope), so nothing can be kept.</source>
        <translation>サインイン サービスから更新トークン (offline_access スコープ) が返されなかったため、何も保持できません。</translation>
    </message>
    <message>
        <source>The sign-in worked, but the secret store refused to keep it (%1). Set PARTNERDESK_TOKEN instead.</source>
        <translation>サインインは成功しましたが、資格情報ストアで保持が拒否されました (%1)。代わりに PARTNERDESK_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), tenant %3.</source>
        <translation>%1 (%2) としてテナント %3 にサインインしました。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use: there is no sign-in to remove.</source>
        <translation>このシステムには PartnerDesk で使用できる資格情報ストアがありません。削除するサインインはありません。</translation>
    </message>
    <message>
        <source>Signed out: the kept sign-in is removed.</source>
        <translation>サインアウトしました。保持されていたサインインを削除しました。</translation>
    </message>
    <message>
        <source>There was no kept sign-in to remove.</source>
        <translation>削除する保持済みのサインインはありませんでした。</translation>
    </message>
    <message>
        <source>This system has no secret store PartnerDesk can use, so no sign-in was kept.</source>
        <translation>このシステムには PartnerDesk で使用できる資格情報ストアがないため、サインインは保持されていませんでした。</translation>
    </message>
    <message>
        <source>The secret store could not remove the sign-in (%1).</source>
        <translation>資格情報ストアからサインインを削除できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Run `partnerdesk-cli signin` again.</source>
        <translation>もう一度 `partnerdesk-cli signin` を実行してください。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmAgreementDialog</name>
    <message>
        <source>The customer&apos;s details could not be read, so nothing is filled in and the phone number is checked without the country&apos;s rules. %1</source>
        <translation>顧客の詳細を読み取れなかったため、何も入力されておらず、電話番号は国のルールなしでチェックされます。%1</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else accepted the agreement, enter that person instead.</source>
        <translation>%1 の同意について記録された最新の確認から入力しました。別の人が契約に同意した場合は、その人の情報を入力してください。</translation>
    </message>
    <message>
        <source>Filled in from the latest confirmation. If someone else accepted the agreement, enter that person instead.</source>
        <translation>最新の確認から入力しました。別の人が契約に同意した場合は、その人の情報を入力してください。</translation>
    </message>
    <message>
        <source>Filled in from the primary contact of the billing profile. Make sure this is the person who accepted the agreement; if not, enter the right person.</source>
        <translation>請求プロファイルの主要連絡先から入力しました。この人が契約に同意した人であることを確認し、違う場合は正しい人の情報を入力してください。</translation>
    </message>
    <message>
        <source>The country&apos;s phone number format could not be read, so the phone number is checked without it.</source>
        <translation>国の電話番号形式を読み取れなかったため、電話番号はそれなしでチェックされます。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — confirm customer acceptance</source>
        <translation>Microsoft 顧客契約 — 顧客の同意の確認</translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement</source>
        <translation>顧客が Microsoft 顧客契約に同意したことを確認する</translation>
    </message>
    <message>
        <source>Confirm that %1 accepted the Microsoft Customer Agreement</source>
        <translation>%1 が Microsoft 顧客契約に同意したことを確認する</translation>
    </message>
    <message>
        <source>Enter the first name, last name, email address and phone number (optional) of the person who accepted the agreement, and the date they accepted it. The date cannot be in the future.</source>
        <translation>契約に同意した人の名、姓、メール アドレス、電話番号 (省略可能) と、同意した日付を入力してください。日付に将来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Before this order can be placed, confirm that the customer accepted the Microsoft Customer Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 admin center. When you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>この注文を行う前に、顧客が Microsoft 顧客契約に同意したことを確認してください。まだ誰も確認しておらず、顧客も Microsoft 365 管理センターで同意していません。保存すると、PartnerDesk は確認を記録してから注文を行います。</translation>
    </message>
    <message>
        <source>Partner Center refused the order because it has no record that the customer accepted the Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk records the confirmation and then places the order.</source>
        <translation>顧客が Microsoft 顧客契約に同意した記録がないため、パートナー センターで注文が拒否されました (エラー 13605)。顧客の同意を確認してください。保存すると、PartnerDesk は確認を記録してから注文を行います。</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>保存して続行(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Saving the confirmation…</source>
        <translation>確認を保存しています…</translation>
    </message>
    <message>
        <source>Record in Partner Center that the customer accepted the Microsoft Customer Agreement (Enter)</source>
        <translation>顧客が Microsoft 顧客契約に同意したことをパートナー センターに記録します (Enter)</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s details…</source>
        <translation>顧客の詳細を読み取っています…</translation>
    </message>
    <message>
        <source>Canceled. If the confirmation reached Partner Center before you canceled, saving again reports it as already confirmed.</source>
        <translation>キャンセルしました。キャンセル前に確認がパートナー センターに届いていた場合は、もう一度保存すると「既に確認済み」と表示されます。</translation>
    </message>
    <message>
        <source>Stop saving; what you entered stays (Esc)</source>
        <translation>保存を中止します。入力した内容は保持されます (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Partner Center compares the date with today in UTC, which can still be yesterday where you are.</source>
        <translation>パートナー センターは日付を UTC の今日と比較します。お住まいの地域ではまだ昨日の場合があります。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConfirmationPage</name>
    <message>
        <source>Confirmation</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The customer has been created.</source>
        <translation>顧客が作成されました。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Sign-in details of the customer&apos;s administrator</source>
        <translation>顧客の管理者のサインイン情報</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the user name</source>
        <translation>ユーザー名をコピー</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not store it and Partner Center cannot show it again. You will need to give these details to the customer.</source>
        <translation>このパスワードは今回しか表示されません。今すぐコピーして安全な場所に保管してください。PartnerDesk はパスワードを保存せず、パートナー センターでも再表示できません。これらの情報は顧客に伝える必要があります。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 顧客契約</translation>
    </message>
    <message>
        <source>&amp;Try confirming again</source>
        <translation>もう一度確認を試す(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s page</source>
        <translation>顧客のページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send invitation…</source>
        <translation>招待を送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the email that invites the customer to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, with these sign-in details.</source>
        <translation>このサインイン情報を添えて、Microsoft 365 管理センターで Microsoft 顧客契約に同意するよう顧客を招待するメールを作成します。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>%1 was created with the domain %2.</source>
        <translation>%1 をドメイン %2 で作成しました。</translation>
    </message>
    <message>
        <source>Partner Center sent no sign-in details for this customer. Reset the administrator&apos;s password in the Microsoft 365 admin center.</source>
        <translation>パートナー センターからこの顧客のサインイン情報が送信されませんでした。Microsoft 365 管理センターで管理者のパスワードをリセットしてください。</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>同意の確認を記録しています…</translation>
    </message>
    <message>
        <source>The customer cannot make a purchase until they accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Send them the invitation: it holds the link and the sign-in details above.</source>
        <translation>顧客は、Microsoft 365 管理センターで Microsoft 顧客契約に同意するまで購入できません。顧客に招待を送信してください。招待には上記のリンクとサインイン情報が含まれます。</translation>
    </message>
    <message>
        <source>The customer was created, but the confirmation of acceptance could not be recorded. %1 Try again now, or confirm it later from the customer&apos;s page (Account info, Microsoft Customer Agreement, Update); the customer is not created twice.</source>
        <translation>顧客は作成されましたが、同意の確認を記録できませんでした。%1 今すぐもう一度試すか、後で顧客のページ ([アカウント情報]、[Microsoft 顧客契約]、[更新]) から確認してください。顧客が二重に作成されることはありません。</translation>
    </message>
    <message>
        <source>This confirmation of acceptance was already recorded; nothing else is needed.</source>
        <translation>この同意の確認は既に記録されています。他に必要な操作はありません。</translation>
    </message>
    <message>
        <source>Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer can make purchases.</source>
        <translation>確認済み: %1 %2 が %3 に Microsoft 顧客契約に同意しました。顧客は購入できます。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ContactForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>姓(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>メール アドレス(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone number (optional)</source>
        <translation>電話番号 (省略可能)(&amp;P)</translation>
    </message>
    <message>
        <source>Agreement &amp;acceptance date</source>
        <translation>契約の同意日(&amp;A)</translation>
    </message>
    <message>
        <source>The date the customer accepted the agreement. It cannot be in the future.</source>
        <translation>顧客が契約に同意した日付です。将来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CountryCoverageModel</name>
    <message>
        <source>Country not known</source>
        <translation>国/地域不明</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>カバー率</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoverageDashboard</name>
    <message>
        <source>Scan canceled.</source>
        <translation>スキャンをキャンセルしました。</translation>
    </message>
    <message>
        <source>Scan canceled. The numbers shown are from the last complete scan.</source>
        <translation>スキャンをキャンセルしました。表示されている数値は、最後に完了したスキャンのものです。</translation>
    </message>
    <message>
        <source>Coverage dashboard — Microsoft Customer Agreement</source>
        <translation>カバレッジ ダッシュボード — Microsoft 顧客契約</translation>
    </message>
    <message>
        <source>&amp;Scan all customers</source>
        <translation>すべての顧客をスキャン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reads the agreement status of every customer.</source>
        <translation>すべての顧客の契約の状態を読み取ります。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>CSV をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Every customer&apos;s status as a spreadsheet file.</source>
        <translation>すべての顧客の状態をスプレッドシート ファイルとして保存します。</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>A dated report with the chart and the tables, for your records.</source>
        <translation>グラフと表を含む、日付入りの記録用レポートです。</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進行状況</translation>
    </message>
    <message>
        <source>Customers by agreement status</source>
        <translation>契約の状態別の顧客</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>By &amp;country</source>
        <translation>国/地域別(&amp;C)</translation>
    </message>
    <message>
        <source>Coverage by country</source>
        <translation>国/地域別のカバレッジ</translation>
    </message>
    <message>
        <source>&amp;Needs attention (%1)</source>
        <translation>要対応 (%1)(&amp;N)</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>対応が必要な顧客</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>— less than a minute left</source>
        <translation>— 残り 1 分未満</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>顧客一覧を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Scan to see how many of your customers have accepted the Microsoft Customer Agreement.</source>
        <translation>スキャンすると、Microsoft 顧客契約に同意した顧客の数を確認できます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listing customers…</source>
        <translation>顧客の一覧を取得しています…</translation>
    </message>
    <message>
        <source>Last scanned: %1</source>
        <translation>最終スキャン: %1</translation>
    </message>
    <message>
        <source>Export the status of every customer</source>
        <translation>すべての顧客の状態のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>カバレッジ レポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>レポートを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).</source>
        <translation>
            <numerusform>パートナー センターから PartnerDesk に速度を落とすよう要求されました。スキャンは %Ln 秒後に再開されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read</source>
        <translation>
            <numerusform>%Ln 件中 %1 件の顧客を読み取りました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) read (listing…)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件の顧客を読み取りました (一覧を取得中…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %Ln minute(s) left</source>
        <translation>
            <numerusform>— 残り約 %Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; a customer whose status could not be read is counted as unknown. Last error: %1</source>
        <translation>
            <numerusform>%Ln 件の顧客を完全には読み取れませんでした。状態を読み取れなかった顧客は「不明」として数えられます。最後のエラー: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>未確認の顧客のうち %Ln 件には既に購入があります。これらの顧客は Microsoft 365 管理センターで同意できないため、自社で顧客の同意を確認する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the status of %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件の顧客の状態を %1 に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CoveragePdf</name>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン日時</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft 顧客契約の状態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>国/地域別</translation>
    </message>
    <message>
        <source>Customers that need attention (%1)</source>
        <translation>対応が必要な顧客 (%1)</translation>
    </message>
    <message>
        <source>Every customer is confirmed by your organization or accepted directly.</source>
        <translation>すべての顧客が、自社による確認済みまたは直接同意済みです。</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement coverage</source>
        <translation>Microsoft 顧客契約のカバレッジ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number of customers and their share</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin center, so your organization must confirm their acceptance.</source>
        <translation>
            <numerusform>未確認の顧客のうち %Ln 件には既に購入があります。これらの顧客は Microsoft 365 管理センターで同意できないため、自社で顧客の同意を確認する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) could not be read completely; their status may be shown as unknown.</source>
        <translation>
            <numerusform>%Ln 件の顧客を完全には読み取れませんでした。これらの顧客の状態は「不明」と表示される場合があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CreateCustomerFlow</name>
    <message>
        <source>Creating the customer…</source>
        <translation>顧客を作成しています…</translation>
    </message>
    <message>
        <source>Recording the confirmation of acceptance…</source>
        <translation>同意の確認を記録しています…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvError</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>ファイルは UTF-8 ではなく UTF-16 (「Unicode テキスト」) で保存されています。「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.</source>
        <translation>ファイルは UTF-8 ではなく UTF-32 で保存されています。「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as Windows-1252). Save it again as “CSV UTF-8”.</source>
        <translation>%1 行目が有効な UTF-8 ではありません。ファイルは Latin-1 または他の 8 ビット コード ページ (Windows-1252 など) のようです。「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.</source>
        <translation>%1 行目から始まるフィールドが %2 文字を超えているため、PartnerDesk はファイルの読み取りを中止しました。</translation>
    </message>
    <message>
        <source>The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped reading the file.</source>
        <translation>%1 行目のレコードが大きすぎる (%2 を超えるフィールドまたは文字) ため、PartnerDesk はファイルの読み取りを中止しました。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>ファイルが %1 行を超えています。小さいファイルに分割してください。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>ファイルが %1 MB を超えています。小さいファイルに分割してください。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>%1 行目から始まる引用符付きフィールドが閉じられていません。引用符 (&quot;) がありません。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Customer</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>リセラー</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>アドバイザー</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>シンジケーション</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft サポート</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerAccountLoader</name>
    <message>
        <source>The customer&apos;s billing address names no country, so its rules are unknown.</source>
        <translation>顧客の請求先住所に国が指定されていないため、そのルールは不明です。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerEvidenceWidget</name>
    <message>
        <source>There are no evidence records for this customer; nothing was written.</source>
        <translation>この顧客の証跡レコードはありません。何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as PDF</source>
        <translation>この顧客の証跡を PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Export this customer&apos;s evidence as JSON</source>
        <translation>この顧客の証跡を JSON としてエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 件のレコードを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every confirmation sent from PartnerDesk for this customer, newest first, with the answer Partner Center gave. Kept on this computer.</source>
        <translation>PartnerDesk からこの顧客について送信されたすべての確認と、パートナー センターからの応答です (新しい順)。このコンピューターに保存されています。</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>証跡レコード</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Re&amp;quest id:</source>
        <translation>要求 ID(&amp;Q):</translation>
    </message>
    <message>
        <source>C&amp;orrelation id:</source>
        <translation>相関 ID(&amp;O):</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>要求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>相関 ID</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON をエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a JSON file</source>
        <translation>この顧客の証跡レコードを JSON ファイルとして保存します</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF をエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Save this customer&apos;s evidence records as a PDF report</source>
        <translation>この顧客の証跡レコードを PDF レポートとして保存します</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer. Confirmations still reach Partner Center, but none is recorded here until PartnerDesk is restarted with the file accessible.</source>
        <translation>証跡レコードを使用できません。PartnerDesk はこのコンピューター上の証跡ファイルを開けませんでした。確認は引き続きパートナー センターに届きますが、ファイルにアクセスできる状態で PartnerDesk を再起動するまで、ここには記録されません。</translation>
    </message>
    <message>
        <source>No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer.</source>
        <translation>証跡はまだありません。このコンピューターの PartnerDesk から、この顧客の確認は送信されていません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListLoader</name>
    <message>
        <source>A page of customers could not be read consistently.</source>
        <translation>顧客のページを矛盾なく読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerListModel</name>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA の状態</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CustomerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the customer and the agreement status again (F5)</source>
        <translation>顧客と契約の状態を再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Account info</source>
        <translation>アカウント情報</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>関係:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>サブスクリプション:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>主要連絡先:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>メール アドレス:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>請求先住所:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 顧客契約</translation>
    </message>
    <message>
        <source>Latest confirmation:</source>
        <translation>最新の確認:</translation>
    </message>
    <message>
        <source>Direct acceptance:</source>
        <translation>直接の同意:</translation>
    </message>
    <message>
        <source>Confirmation &amp;history (newest first)</source>
        <translation>確認の履歴 (新しい順)(&amp;H)</translation>
    </message>
    <message>
        <source>Confirmation history</source>
        <translation>確認の履歴</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement status</source>
        <translation>Microsoft 顧客契約の状態</translation>
    </message>
    <message>
        <source>Direct acceptance in the Microsoft 365 admin center</source>
        <translation>Microsoft 365 管理センターでの直接の同意</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>必要な操作</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Invite to accept…</source>
        <translation>同意を依頼(&amp;I)…</translation>
    </message>
    <message>
        <source>Agreement &amp;template…</source>
        <translation>契約テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新しい注文(&amp;N)…</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>顧客を読み取っています…</translation>
    </message>
    <message>
        <source>Reading the agreement status…</source>
        <translation>契約の状態を読み取っています…</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>サブスクリプションを読み取っています…</translation>
    </message>
    <message>
        <source>Loading was canceled; what is shown may be incomplete.</source>
        <translation>読み込みがキャンセルされました。表示内容が不完全な可能性があります。</translation>
    </message>
    <message>
        <source>Some of this customer&apos;s details could not be read. %1</source>
        <translation>この顧客の詳細の一部を読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>リセラー</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>アドバイザー</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>シンジケーション</translation>
    </message>
    <message>
        <source>Microsoft support</source>
        <translation>Microsoft サポート</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Customer — Account info</source>
        <translation>顧客 — アカウント情報</translation>
    </message>
    <message>
        <source>%1 · customer id %2</source>
        <translation>%1 · 顧客 ID %2</translation>
    </message>
    <message>
        <source>%1 — Account info</source>
        <translation>%1 — アカウント情報</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1、電話 %2</translation>
    </message>
    <message>
        <source>%1 (culture %2)</source>
        <translation>%1 (カルチャ %2)</translation>
    </message>
    <message>
        <source>None through your organization</source>
        <translation>自社経由のものはありません</translation>
    </message>
    <message numerus="yes">
        <source>Through your organization: %n</source>
        <translation>
            <numerusform>自社経由: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>The agreement status could not be read. Use Retry.</source>
        <translation>契約の状態を読み取れませんでした。[再試行] を使用してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>%1 が %2 に同意しました。</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>テンプレート: %1</translation>
    </message>
    <message>
        <source>No partner confirmation yet.</source>
        <translation>パートナーによる確認はまだありません。</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>読み取れませんでした。</translation>
    </message>
    <message>
        <source>The customer accepted in the Microsoft 365 admin center.</source>
        <translation>顧客は Microsoft 365 管理センターで同意しました。</translation>
    </message>
    <message>
        <source>Not accepted in the Microsoft 365 admin center.</source>
        <translation>Microsoft 365 管理センターでは同意されていません。</translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for new purchases, so the partner&apos;s confirmation is the record Partner Center relies on. If someone else at the customer accepted the agreement, record that person with Update.</source>
        <translation>
            <numerusform>この顧客は自社経由で既存の購入 (サブスクリプション: %n) があり、Microsoft 365 管理センターで契約に同意していません。パートナー経由で既存の購入がある顧客は、新しい購入のために管理センターで同意することができないため、パートナーによる確認がパートナー センターで使用される記録となります。顧客側で別の人が契約に同意した場合は、[更新] でその人を記録してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This customer has existing purchases through your organization (subscriptions: %n) and has not accepted the agreement in the Microsoft 365 admin center. A customer with existing purchases through a partner cannot accept it there for a new purchase: the admin center tells them &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; The partner must attest on the customer&apos;s behalf.</source>
        <translation>
            <numerusform>この顧客は自社経由で既存の購入 (サブスクリプション: %n) があり、Microsoft 365 管理センターで契約に同意していません。パートナー経由で既存の購入がある顧客は、新しい購入のために管理センターで同意することができず、管理センターには &quot;Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.&quot; (Microsoft 顧客契約への同意を確認するため、パートナーにお問い合わせください) と表示されます。パートナーが顧客に代わって証明する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no purchases through your organization yet. If they already buy through another partner, the Microsoft 365 admin center will not let them accept the agreement for your new relationship either (it tells them to reach out to their partner), and the partner must attest on their behalf. Otherwise the customer can accept it in the admin center.</source>
        <translation>この顧客は、まだ自社経由での購入がありません。既に別のパートナー経由で購入している場合、Microsoft 365 管理センターでは自社との新しい関係についても契約に同意できず (パートナーに問い合わせるよう表示されます)、パートナーが顧客に代わって証明する必要があります。それ以外の場合、顧客は管理センターで同意できます。</translation>
    </message>
    <message>
        <source>You prepare that hand-off file with Bulk attestation in the main window; it checks every row before you send it to your provider.</source>
        <translation>この引き渡しファイルは、メイン ウィンドウの [一括証明] で作成します。プロバイダーに送る前に、すべての行がチェックされます。</translation>
    </message>
    <message>
        <source>An Admin agent or a Sales agent can confirm the customer&apos;s acceptance.</source>
        <translation>顧客の同意を確認できるのは、管理エージェントまたは営業エージェントです。</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance.</source>
        <translation>注文のブロックを解除するには (パートナー センターはエラー 13605 で注文を拒否します)、[更新] で顧客の同意を確認してください。</translation>
    </message>
    <message>
        <source>To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the customer&apos;s acceptance, or Invite to accept to ask the customer to accept it in the Microsoft 365 admin center.</source>
        <translation>注文のブロックを解除するには (パートナー センターはエラー 13605 で注文を拒否します)、[更新] で顧客の同意を確認するか、[同意を依頼] で Microsoft 365 管理センターでの同意を顧客に依頼してください。</translation>
    </message>
    <message>
        <source>Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new was recorded.</source>
        <translation>既に確認済み: パートナー センターにはこれとまったく同じ連絡先による確認があるため、新たな記録は行われませんでした。</translation>
    </message>
    <message>
        <source>Saved: %1&apos;s acceptance on %2 is recorded.</source>
        <translation>保存しました: %1 による %2 の同意が記録されています。</translation>
    </message>
    <message>
        <source>(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)</source>
        <translation>(応答は途中で失われましたが、PartnerDesk が確認を読み取り、記録されていることを確認しました。)</translation>
    </message>
    <message>
        <source>The customer could not be read. Use Retry.</source>
        <translation>顧客を読み取れませんでした。[再試行] を使用してください。</translation>
    </message>
    <message>
        <source>Confirm who at the customer accepted the Microsoft Customer Agreement, and when</source>
        <translation>顧客側の誰が、いつ Microsoft 顧客契約に同意したかを確認します</translation>
    </message>
    <message>
        <source>Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center</source>
        <translation>Microsoft 365 管理センターで契約に同意するよう顧客を招待するメールを作成します</translation>
    </message>
    <message>
        <source>Open or download the agreement for the customer&apos;s country</source>
        <translation>顧客の国の契約を開くかダウンロードします</translation>
    </message>
    <message>
        <source>Place an order; the customer&apos;s acceptance is checked first</source>
        <translation>注文を行います。先に顧客の同意がチェックされます</translation>
    </message>
    <message>
        <source>Open or download the agreement; the customer&apos;s address names no country, so choose it there</source>
        <translation>契約を開くかダウンロードします。顧客の住所に国が指定されていないため、開いた画面で国を選択してください</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for your provider…</source>
        <translation>プロバイダー用のファイルを作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Bulk attestation checks every row of a CSV file and saves the rows that pass as a file for your indirect provider</source>
        <translation>[一括証明] では、CSV ファイルのすべての行をチェックし、合格した行を間接プロバイダー用のファイルとして保存します</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk (%1)</source>
        <translation>PartnerDesk から送信した証跡 (%1)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Evidence sent from PartnerDesk</source>
        <translation>PartnerDesk から送信した証跡(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not answer with a code and a page to enter it.</source>
        <translation>サインイン サービスから、コードとその入力ページが返されませんでした。</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>サインイン サービスからトークンなしで応答がありました。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DeviceCodeSignInDialog</name>
    <message>
        <source>The code is copied. Paste it on the sign-in page.</source>
        <translation>コードをコピーしました。サインイン ページに貼り付けてください。</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser yourself.</source>
        <translation>ブラウザーを開けませんでした。ブラウザーで %1 を手動で開いてください。</translation>
    </message>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>パートナー センターにサインイン</translation>
    </message>
    <message>
        <source>Sign in with your work account — an Admin agent or Sales agent account of your partner organization — on Microsoft&apos;s sign-in page: open the page, enter the code below and complete the sign-in there, multi-factor authentication included. PartnerDesk waits here and continues by itself.</source>
        <translation>Microsoft のサインイン ページで、職場アカウント (パートナー組織の管理エージェントまたは営業エージェントのアカウント) を使用してサインインしてください。ページを開いて下のコードを入力し、多要素認証を含めてサインインを完了します。PartnerDesk はここで待機し、自動的に続行します。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>コードをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>ページ:</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>サインイン ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインイン コード</translation>
    </message>
    <message>
        <source>Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3</source>
        <translation>サインイン サービス: %1 · テナント: %2 · アプリケーション (クライアント) ID: %3</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Microsoft にサインイン コードを要求しています…</translation>
    </message>
    <message>
        <source>Set the application (client) ID registered for PartnerDesk in Settings (Connection), then sign in again.</source>
        <translation>[設定] の [接続] で PartnerDesk 用に登録されたアプリケーション (クライアント) ID を設定してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>No connection to the sign-in service right now. PartnerDesk keeps trying; the code stays valid until %1.</source>
        <translation>現在、サインイン サービスに接続できません。PartnerDesk は接続を試行し続けます。コードは %1 まで有効です。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in on the page… The code is valid until %1.</source>
        <translation>ページでのサインインを待機しています…コードは %1 まで有効です。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DocumentDownload</name>
    <message>
        <source>Choose an existing folder for the download.</source>
        <translation>ダウンロード先として既存のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The link has expired; PartnerDesk fetches a fresh one on the next try.</source>
        <translation>リンクの有効期限が切れています。次回の試行時に PartnerDesk が新しいリンクを取得します。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceExportDialog</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>There are no evidence records in this period; nothing was written.</source>
        <translation>この期間の証跡レコードはありません。何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>証跡のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 件のレコードを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the evidence records of every customer confirmed from PartnerDesk on this computer in a period. The days are those of your time zone; both are included.</source>
        <translation>このコンピューターの PartnerDesk で期間内に確認した顧客の証跡レコードをエクスポートします。日付はお使いのタイム ゾーン基準で、開始日と終了日を含みます。</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>終了日(&amp;L):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF レポート(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;JSON file</source>
        <translation>JSON ファイル(&amp;J)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file on this computer.</source>
        <translation>証跡レコードを使用できません。PartnerDesk はこのコンピューター上の証跡ファイルを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::EvidenceReport</name>
    <message>
        <source>Evidence of Microsoft Customer Agreement confirmations</source>
        <translation>Microsoft 顧客契約の確認の証跡</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>(no partner name in Settings)</source>
        <translation>([設定] にパートナー名がありません)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>%1 (customer id %2)</source>
        <translation>%1 (顧客 ID %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>%1 to %2, both included</source>
        <translation>%1 ～ %2 (両日を含む)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Each row is one confirmation sent from PartnerDesk and the answer Partner Center gave. Times are UTC. The request and correlation ids identify the request to Microsoft support. Contact data is removed from records older than the retention period set in Settings.</source>
        <translation>各行は、PartnerDesk から送信された 1 件の確認と、パートナー センターからの応答です。時刻は UTC です。要求 ID と相関 ID は、Microsoft サポートに要求を特定してもらうためのものです。[設定] で指定した保持期間より古いレコードからは、連絡先データが削除されます。</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>記録日時 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Contact and acceptance date</source>
        <translation>連絡先と同意日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Customer, request, correlation and template ids</source>
        <translation>顧客 ID、要求 ID、相関 ID、テンプレート ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>同意日: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Already confirmed (code %1)</source>
        <translation>既に確認済み (コード %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, code %2)</source>
        <translation>失敗 (HTTP %1、コード %2)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>失敗 (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (code %1)</source>
        <translation>失敗 (コード %1)</translation>
    </message>
    <message>
        <source>Failed (no answer from the service)</source>
        <translation>失敗 (サービスからの応答なし)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk window</source>
        <translation>PartnerDesk ウィンドウ</translation>
    </message>
    <message>
        <source>Bulk attestation</source>
        <translation>一括証明</translation>
    </message>
    <message>
        <source>Bulk attestation (command line)</source>
        <translation>一括証明 (コマンド ライン)</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>保持期間の経過後に削除済み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>[設定] で指定した保持期間が経過したため、連絡先データは %1 (UTC) に削除されました。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>要求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>相関 ID</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationComposer</name>
    <message>
        <source>Rewrite the message?</source>
        <translation>メッセージを書き直しますか?</translation>
    </message>
    <message>
        <source>The message is written again from the template, and your changes to it are replaced.</source>
        <translation>メッセージはテンプレートから書き直され、メッセージへの変更は置き換えられます。</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>リセラー関係を要求</translation>
    </message>
    <message>
        <source>Invite to accept the Microsoft Customer Agreement</source>
        <translation>Microsoft 顧客契約への同意を依頼</translation>
    </message>
    <message>
        <source>Invite %1 to accept you as their reseller. Partner Center provides the link: a global administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts the relationship and, if not done yet, the Microsoft Customer Agreement.</source>
        <translation>%1 に、自社をリセラーとして承認するよう依頼します。リンクはパートナー センターから提供されます。顧客のグローバル管理者がリンクを開いて Microsoft 365 管理センターにサインインし、関係と、まだの場合は Microsoft 顧客契約に同意します。</translation>
    </message>
    <message>
        <source>Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global administrator of the customer signs in at the link in the email and accepts the agreement there.</source>
        <translation>Microsoft 365 管理センターで Microsoft 顧客契約に同意するよう %1 に依頼します。顧客のグローバル管理者がメール内のリンクからサインインし、そこで契約に同意します。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Message (preview while you edit the template):</source>
        <translation>メッセージ (テンプレート編集中のプレビュー)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Tem&amp;plate (with placeholders):</source>
        <translation>テンプレート (プレースホルダー付き)(&amp;P):</translation>
    </message>
    <message>
        <source>Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the customer · {{userName}} and {{password}} the sign-in details, used only between {{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject.</source>
        <translation>プレースホルダー: {{link}} 招待リンク · {{partner}} 自社 · {{customer}} 顧客 · {{userName}} と {{password}} サインイン情報 ({{#credentials}} と {{/credentials}} の間でのみ使用)。最初の行が「Subject: …」の場合は件名になります。</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>メールの言語</translation>
    </message>
    <message>
        <source>The language of the template. It starts with the customer&apos;s language.</source>
        <translation>テンプレートの言語です。最初は顧客の言語になります。</translation>
    </message>
    <message>
        <source>Recipient&apos;s email address</source>
        <translation>受信者のメール アドレス</translation>
    </message>
    <message>
        <source>admin@customer.example</source>
        <translation>admin@customer.example</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Template with placeholders</source>
        <translation>プレースホルダー付きテンプレート</translation>
    </message>
    <message>
        <source>Fetching the relationship link</source>
        <translation>関係リンクの取得</translation>
    </message>
    <message>
        <source>Asking Partner Center for the relationship link…</source>
        <translation>パートナー センターに関係リンクを要求しています…</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>再試行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Include the customer&apos;s sign-in details (user name and password)</source>
        <translation>顧客のサインイン情報 (ユーザー名とパスワード) を含める(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Hide template</source>
        <translation>テンプレートを非表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>テンプレートを編集(&amp;E)</translation>
    </message>
    <message>
        <source>Change the template this email is written from, and keep it for this language.</source>
        <translation>このメールの作成元のテンプレートを変更し、この言語用に保持します。</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my template</source>
        <translation>マイ テンプレートとして保存(&amp;V)</translation>
    </message>
    <message>
        <source>PartnerDesk uses this template for every invitation in this language.</source>
        <translation>PartnerDesk は、この言語のすべての招待にこのテンプレートを使用します。</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>既定値にリセット(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the template that comes with PartnerDesk.</source>
        <translation>PartnerDesk に付属のテンプレートに戻します。</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the subject and the message as plain text.</source>
        <translation>件名とメッセージをプレーン テキストとしてコピーします。</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>メールで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set, so the email says “%1”. Set it under Settings → Partner name, or replace it in the message.</source>
        <translation>自社名が設定されていないため、メールには「%1」と記載されます。[設定] → [パートナー名] で設定するか、メッセージ内で置き換えてください。</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>変更を置き換えますか?</translation>
    </message>
    <message>
        <source>The message is written again from the template in %1, and your changes to it are replaced.</source>
        <translation>メッセージは %1 のテンプレートから書き直され、メッセージへの変更は置き換えられます。</translation>
    </message>
    <message>
        <source>The relationship link did not arrive: %1</source>
        <translation>関係リンクが届きませんでした: %1</translation>
    </message>
    <message>
        <source>Waiting for the relationship link from Partner Center.</source>
        <translation>パートナー センターからの関係リンクを待っています。</translation>
    </message>
    <message>
        <source>The relationship link is missing. Use “Try again” to ask Partner Center once more.</source>
        <translation>関係リンクがありません。[再試行] を使用してパートナー センターにもう一度要求してください。</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail program.</source>
        <translation>この件名とメッセージで、メール プログラムに新しいメールを開きます。</translation>
    </message>
    <message>
        <source>Your own template for %1 is used.</source>
        <translation>%1 のマイ テンプレートを使用しています。</translation>
    </message>
    <message>
        <source>PartnerDesk has no template in %1 yet, so the English one is shown. Edit it and save it as your template for %1.</source>
        <translation>PartnerDesk には %1 のテンプレートがまだないため、英語のテンプレートを表示しています。編集して、%1 のマイ テンプレートとして保存してください。</translation>
    </message>
    <message>
        <source>This email contains the customer&apos;s password. Send it only to the customer&apos;s administrator, and ask them to change the password when they first sign in.</source>
        <translation>このメールには顧客のパスワードが含まれています。顧客の管理者にのみ送信し、初回サインイン時にパスワードを変更するよう依頼してください。</translation>
    </message>
    <message>
        <source>Edit the template?</source>
        <translation>テンプレートを編集しますか?</translation>
    </message>
    <message>
        <source>While you edit the template, the message is written from it, and your changes to the message are replaced.</source>
        <translation>テンプレートの編集中は、メッセージはテンプレートから作成され、メッセージへの変更は置き換えられます。</translation>
    </message>
    <message>
        <source>Saved. PartnerDesk now writes invitations in %1 from this template.</source>
        <translation>保存しました。PartnerDesk は今後、%1 の招待をこのテンプレートから作成します。</translation>
    </message>
    <message>
        <source>Reset the template?</source>
        <translation>テンプレートをリセットしますか?</translation>
    </message>
    <message>
        <source>Your template for %1 is forgotten and PartnerDesk&apos;s own is used again.</source>
        <translation>%1 のマイ テンプレートは破棄され、PartnerDesk 独自のテンプレートが再び使用されます。</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s template for %1 is used again.</source>
        <translation>%1 用の PartnerDesk のテンプレートが再び使用されます。</translation>
    </message>
    <message>
        <source>The subject and the message are on the clipboard. Paste them into an email.</source>
        <translation>件名とメッセージをクリップボードにコピーしました。メールに貼り付けてください。</translation>
    </message>
    <message>
        <source>This address cannot be put into an email link: it holds characters such as “&amp;”, “?”, “,” or “;”. Enter one plain address.</source>
        <translation>このアドレスはメール リンクに含めることができません。「&amp;」、「?」、「,」、「;」などの文字が含まれています。アドレスを 1 つだけ入力してください。</translation>
    </message>
    <message>
        <source>No mail program opened the email. Use “Copy to clipboard” and paste the text into your email instead.</source>
        <translation>メールを開くメール プログラムがありませんでした。代わりに [クリップボードにコピー] を使用して、テキストをメールに貼り付けてください。</translation>
    </message>
    <message>
        <source>The email is open in your mail program. Check it there and send it.</source>
        <translation>メールがメール プログラムで開いています。内容を確認して送信してください。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InvitationDraft</name>
    <message>
        <source>[your company name]</source>
        <translation>[自社名]</translation>
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
        <translation>PartnerDesk — サンドボックス</translation>
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
        <translation>新しい顧客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>顧客を開く(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>新しい注文(&amp;O)</translation>
    </message>
    <message>
        <source>Request a &amp;reseller relationship</source>
        <translation>リセラー関係を要求(&amp;R)</translation>
    </message>
    <message>
        <source>Agreement &amp;template</source>
        <translation>契約テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Search company or domain (Ctrl+F)</source>
        <translation>会社またはドメインを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>顧客の検索</translation>
    </message>
    <message>
        <source>Filter by MCA status</source>
        <translation>MCA の状態でフィルター</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Connected to: Sandbox</source>
        <translation>接続先: サンドボックス</translation>
    </message>
    <message>
        <source>Connected to: Partner Center</source>
        <translation>接続先: パートナー センター</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>サインイン: %1 (%2、%3)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>まず顧客を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 件の顧客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 / %n 件の顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(読み込み中…)</translation>
    </message>
    <message>
        <source>Co&amp;verage dashboard…</source>
        <translation>カバレッジ ダッシュボード(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>証跡のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Bulk attestation…</source>
        <translation>一括証明(&amp;B)…</translation>
    </message>
    <message>
        <source>Confirm many customers at once from a CSV file, checked row by row first</source>
        <translation>CSV ファイルから複数の顧客をまとめて確認します (先に各行をチェックします)</translation>
    </message>
    <message>
        <source>Check a CSV file row by row and save it for the partner who confirms</source>
        <translation>CSV ファイルを行ごとにチェックし、確認を行うパートナー用に保存します</translation>
    </message>
    <message>
        <source>Save the evidence records of a period as a PDF report or a JSON file</source>
        <translation>期間内の証跡レコードを PDF レポートまたは JSON ファイルとして保存します</translation>
    </message>
    <message>
        <source>Evidence records are not available: PartnerDesk could not open its evidence file</source>
        <translation>証跡レコードを使用できません: PartnerDesk は証跡ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>顧客(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>ユーザーの切り替え(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>%1
Tenant: %2</source>
        <translation>%1
テナント: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NewCustomerWizard</name>
    <message>
        <source>New customer</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>&amp;Next: Microsoft agreement</source>
        <translation>次へ: Microsoft 契約(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next: Review</source>
        <translation>次へ: 確認(&amp;N)</translation>
    </message>
    <message>
        <source>Discard the new customer?</source>
        <translation>新しい顧客を破棄しますか?</translation>
    </message>
    <message>
        <source>The details you entered for the new customer will be lost.</source>
        <translation>新しい顧客について入力した詳細は失われます。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
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
        <translation>Exchange Online (Plan 1)</translation>
    </message>
    <message>
        <source>Microsoft Teams Essentials</source>
        <translation>Microsoft Teams Essentials</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新しい注文</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>%1 の新しい注文</translation>
    </message>
    <message>
        <source>Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer Agreement. If nobody has confirmed it and the customer has not accepted it in the Microsoft 365 admin center, you are asked to confirm their acceptance first.</source>
        <translation>注文の前に、PartnerDesk は顧客が Microsoft 顧客契約に同意したことをチェックします。誰も確認しておらず、顧客も Microsoft 365 管理センターで同意していない場合は、先に顧客の同意を確認するよう求められます。</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>オファー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Quantity (licenses):</source>
        <translation>数量 (ライセンス)(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>請求サイクル(&amp;B):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月単位</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年単位</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>請求サイクル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>注文する(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The order was not placed: the customer&apos;s acceptance of the Microsoft Customer Agreement is not confirmed.</source>
        <translation>注文は行われませんでした: 顧客の Microsoft 顧客契約への同意が確認されていません。</translation>
    </message>
    <message>
        <source>The order was placed.</source>
        <translation>注文しました。</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s acceptance first.</source>
        <translation>まず顧客の同意を確認してください。</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>注文しています…</translation>
    </message>
    <message>
        <source>Check the customer&apos;s acceptance and place the order (Enter)</source>
        <translation>顧客の同意をチェックして注文します (Enter)</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s acceptance and placing the order…</source>
        <translation>顧客の同意をチェックして注文しています…</translation>
    </message>
    <message>
        <source>Waiting for the confirmation of the customer&apos;s acceptance…</source>
        <translation>顧客の同意の確認を待っています…</translation>
    </message>
    <message>
        <source>Recording the confirmation, then placing the order…</source>
        <translation>確認を記録してから注文しています…</translation>
    </message>
    <message>
        <source>Stop; nothing you chose is lost (Esc)</source>
        <translation>中止します。選択した内容は失われません (Esc)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>The order was placed. Order number: %1</source>
        <translation>注文しました。注文番号: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>注文完了</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(指定なし)</translation>
    </message>
    <message>
        <source>Canceled. If the order reached Partner Center before you canceled, it shows among the customer&apos;s subscriptions; check there before ordering again.</source>
        <translation>キャンセルしました。キャンセル前に注文がパートナー センターに届いていた場合は、顧客のサブスクリプションに表示されます。もう一度注文する前に確認してください。</translation>
    </message>
    <message>
        <source>The order was not placed. %1</source>
        <translation>注文は行われませんでした。%1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerCenterClient</name>
    <message>
        <source>The service address “%1” is not a valid URL.</source>
        <translation>サービスのアドレス「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; plain http is allowed only for this computer (127.0.0.1).</source>
        <translation>PartnerDesk は、サインイン情報を暗号化されていない http で %1 に送信することを拒否します。https:// のアドレスを使用してください。http はこのコンピューター (127.0.0.1) に対してのみ許可されています。</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>サービスのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The service sent a link to another address; PartnerDesk did not follow it.</source>
        <translation>サービスから別のアドレスへのリンクが送信されました。PartnerDesk はそのリンクをたどりませんでした。</translation>
    </message>
    <message>
        <source>The service sent the same page of customers again and again.</source>
        <translation>サービスが同じ顧客ページを何度も送信しました。</translation>
    </message>
    <message>
        <source>The service kept sending pages of customers past %L1, more than any partner has.</source>
        <translation>サービスが %L1 件を超えて顧客ページを送り続けました。これはどのパートナーの顧客数よりも多い数です。</translation>
    </message>
    <message>
        <source>The service named a next page that is not read with GET.</source>
        <translation>サービスが GET では読み取らない次のページを指定しました。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerConfirmationChannel</name>
    <message>
        <source>Partner Center did not name a Microsoft Customer Agreement template.</source>
        <translation>パートナー センターから Microsoft 顧客契約のテンプレートが示されませんでした。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PdfReport</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>レポートをレイアウトできませんでした。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>report line: a label, then its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PermissionPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>顧客による Microsoft 顧客契約への同意を確認できるのは、管理エージェントまたは営業エージェントのみです。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can do this.</source>
        <translation>この操作を実行できるのは、管理エージェントまたは営業エージェントのみです。</translation>
    </message>
    <message>
        <source>Only an Admin agent or a Sales agent can place orders.</source>
        <translation>注文できるのは、管理エージェントまたは営業エージェントのみです。</translation>
    </message>
    <message>
        <source>Only an Admin agent, a Sales agent or a Global admin can invite customers.</source>
        <translation>顧客を招待できるのは、管理エージェント、営業エージェント、またはグローバル管理者のみです。</translation>
    </message>
    <message>
        <source>Your role can view customers and their agreement status, but not change them.</source>
        <translation>現在のロールでは、顧客とその契約の状態を表示できますが、変更はできません。</translation>
    </message>
    <message>
        <source>Indirect resellers cannot attest on behalf of their customers. Work with your indirect provider: prepare a confirmation file for them, or invite the customer to accept in the Microsoft 365 admin center.</source>
        <translation>間接リセラーは、顧客に代わって証明することはできません。間接プロバイダーと連携し、プロバイダー向けに確認ファイルを作成するか、Microsoft 365 管理センターでの同意を顧客に依頼してください。</translation>
    </message>
    <message>
        <source>Only indirect resellers hand confirmations to a provider; you can confirm directly.</source>
        <translation>確認をプロバイダーに引き渡すのは間接リセラーのみです。直接確認できます。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReviewPage</name>
    <message>
        <source>Creating the customer was canceled. If Partner Center had already received the request, the customer may exist anyway: check the customer list before you try again.</source>
        <translation>顧客の作成はキャンセルされました。パートナー センターが既に要求を受け取っていた場合は、顧客が作成されている可能性があります。もう一度試す前に顧客一覧を確認してください。</translation>
    </message>
    <message>
        <source>The customer was not created. %1</source>
        <translation>顧客は作成されませんでした。%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check the details. To change something, go back. Nothing is created until you select Create customer.</source>
        <translation>詳細を確認してください。変更するには前に戻ります。[顧客の作成] を選択するまで何も作成されません。</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>顧客の作成(&amp;C)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要連絡先</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft 顧客契約</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>会社名:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>ドメイン名:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Company phone:</source>
        <translation>会社の電話番号:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>メール アドレス:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation>カルチャ:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>同意:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>同意者:</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>同意日:</translation>
    </message>
    <message>
        <source>Cancel creating</source>
        <translation>作成をキャンセル</translation>
    </message>
    <message>
        <source>Stops waiting for Partner Center. Nothing you entered is lost.</source>
        <translation>パートナー センターの待機を中止します。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>You confirm that the customer has accepted the Microsoft Customer Agreement.</source>
        <translation>顧客が Microsoft 顧客契約に同意したことを確認します。</translation>
    </message>
    <message>
        <source>The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. Until then, the customer cannot buy.</source>
        <translation>顧客は Microsoft 365 管理センターで Microsoft 顧客契約への同意を求められます。それまで顧客は購入できません。</translation>
    </message>
    <message>
        <source>The customer is being created…</source>
        <translation>顧客を作成しています…</translation>
    </message>
    <message>
        <source>Go back and correct this: %1</source>
        <translation>前に戻って修正してください: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxAccounts</name>
    <message>
        <source>The sandbox runs on this computer (127.0.0.1) only.</source>
        <translation>サンドボックスはこのコンピューター (127.0.0.1) でのみ動作します。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SandboxSignInDialog</name>
    <message>
        <source>Sign in to the sandbox</source>
        <translation>サンドボックスにサインイン</translation>
    </message>
    <message>
        <source>The sandbox imitates Partner Center on this computer. Choose who you are: each demo user has the role and partner type shown, and PartnerDesk enables what that role may do.</source>
        <translation>サンドボックスは、このコンピューター上でパートナー センターを模倣します。ユーザーを選択してください。各デモ ユーザーには表示されているロールとパートナーの種類があり、PartnerDesk はそのロールで可能な操作を有効にします。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>デモ ユーザー</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Session</name>
    <message>
        <source>Admin agent</source>
        <translation>管理エージェント</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>営業エージェント</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>ヘルプデスク エージェント</translation>
    </message>
    <message>
        <source>Global admin</source>
        <translation>グローバル管理者</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>課金管理者</translation>
    </message>
    <message>
        <source>Direct bill partner</source>
        <translation>直接請求パートナー</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>間接プロバイダー</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>間接リセラー</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK or Apply.</source>
        <translation>変更は [OK] または [適用] を選択すると有効になります。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Language of PartnerDesk</source>
        <translation>PartnerDesk の言語</translation>
    </message>
    <message>
        <source>More languages arrive with PartnerDesk&apos;s translations.</source>
        <translation>PartnerDesk の翻訳が増えると、選択できる言語も増えます。</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>パートナー名(&amp;N):</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>パートナー名</translation>
    </message>
    <message>
        <source>Your company&apos;s name, as customers know it</source>
        <translation>顧客に知られている自社の名前</translation>
    </message>
    <message>
        <source>Signs the invitation emails. When it is empty, PartnerDesk uses the name from your sign-in, if there is one.</source>
        <translation>招待メールの署名に使用されます。空の場合、PartnerDesk はサインイン情報にある名前を使用します (ある場合)。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>Sandbox (on this computer, with demo customers)</source>
        <translation>サンドボックス (このコンピューター上、デモ顧客付き)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>パートナー センター</translation>
    </message>
    <message>
        <source>Used when the connection is Partner Center. The role and partner type below apply only when the sign-in does not name them.</source>
        <translation>接続がパートナー センターの場合に使用されます。下のロールとパートナーの種類は、サインインで指定されない場合にのみ適用されます。</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>Partner Center API address</source>
        <translation>パートナー センター API のアドレス</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>機関(&amp;T):</translation>
    </message>
    <message>
        <source>Sign-in authority address</source>
        <translation>サインイン機関のアドレス</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>テナント(&amp;E):</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>“organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>「organizations」、またはパートナー テナントの ID かドメイン。</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>アプリケーション (クライアント) ID(&amp;I):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Role when the sign-in names none</source>
        <translation>サインインで指定されない場合のロール</translation>
    </message>
    <message>
        <source>Partner t&amp;ype:</source>
        <translation>パートナーの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Partner type when the sign-in names none</source>
        <translation>サインインで指定されない場合のパートナーの種類</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>De&amp;mo customers:</source>
        <translation>デモ顧客(&amp;M):</translation>
    </message>
    <message>
        <source>Number of demo customers in a new sandbox</source>
        <translation>新しいサンドボックスのデモ顧客の数</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox data…</source>
        <translation>サンドボックスのデータをリセット(&amp;S)…</translation>
    </message>
    <message>
        <source>Deletes everything in the sandbox and creates the demo customers again.</source>
        <translation>サンドボックス内のすべてを削除し、デモ顧客を作成し直します。</translation>
    </message>
    <message>
        <source>How many demo customers a new sandbox gets. Resetting the sandbox deletes its customers, confirmations and orders and creates new ones.</source>
        <translation>新しいサンドボックスに作成されるデモ顧客の数です。サンドボックスをリセットすると、その顧客、確認、注文が削除され、新しい顧客が作成されます。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>&amp;Keep contact data for:</source>
        <translation>連絡先データの保持期間(&amp;K):</translation>
    </message>
    <message>
        <source>Days to keep contact data in evidence records</source>
        <translation>証跡レコードに連絡先データを保持する日数</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>After this many days, names, email addresses and phone numbers are removed from evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them.</source>
        <translation>この日数を過ぎると、名前、メール アドレス、電話番号が証跡レコードから削除されます。確認自体は保持されます。最小の設定である [無期限] では削除されません。</translation>
    </message>
    <message>
        <source>Applying this change restarts the connection: PartnerDesk signs out and connects again.</source>
        <translation>この変更を適用すると接続が再開されます。PartnerDesk はサインアウトしてから再接続します。</translation>
    </message>
    <message>
        <source>Signing in to Partner Center comes with a later version of PartnerDesk; until then use the sandbox to try it out.</source>
        <translation>パートナー センターへのサインインは PartnerDesk の今後のバージョンで対応します。それまではサンドボックスでお試しください。</translation>
    </message>
    <message>
        <source>Enter an address such as https://api.partnercenter.microsoft.com.</source>
        <translation>https://api.partnercenter.microsoft.com などのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter “organizations”, or your partner tenant&apos;s ID or domain.</source>
        <translation>「organizations」、またはパートナー テナントの ID かドメインを入力してください。</translation>
    </message>
    <message>
        <source>A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>テナントには「organizations」、テナント ID、または contoso.onmicrosoft.com などのドメインを指定します。</translation>
    </message>
    <message>
        <source>An application (client) ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>アプリケーション (クライアント) ID は 00000000-0000-0000-0000-000000000000 のような形式です。</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>サンドボックスをリセットしますか?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). Partner Center is not affected.</source>
        <translation>
            <numerusform>サンドボックス内のすべての顧客、確認、注文を削除し、新しいデモ顧客を %n 件作成します。パートナー センターには影響しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::StatusPresentation</name>
    <message>
        <source>Confirmed by partner</source>
        <translation>パートナーが確認済み</translation>
    </message>
    <message>
        <source>Accepted directly</source>
        <translation>直接同意済み</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Your organization confirmed that the customer accepted the Microsoft Customer Agreement.</source>
        <translation>自社は、顧客が Microsoft 顧客契約に同意したことを確認しました。</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.</source>
        <translation>顧客は Microsoft 365 管理センターで Microsoft 顧客契約に同意しました。</translation>
    </message>
    <message>
        <source>Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.</source>
        <translation>パートナーによる確認も直接の同意もありません。この顧客の注文はブロックされています。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだチェックされていません。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TokenEndpoint</name>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>サインイン サービスからトークンなしで応答がありました。</translation>
    </message>
    <message>
        <source>Demo users sign in to the sandbox on this computer (127.0.0.1) only.</source>
        <translation>デモ ユーザーは、このコンピューター (127.0.0.1) 上のサンドボックスにのみサインインできます。</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Validation</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Agreement acceptance date</source>
        <translation>契約の同意日</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>住所 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>住所 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>都道府県/州</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <source>Company phone number</source>
        <translation>会社の電話番号</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>カルチャ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>このフィールドは必須です。</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>%n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tabs, line breaks or other control characters.</source>
        <translation>タブ、改行、その他の制御文字を削除してください。</translation>
    </message>
    <message>
        <source>Use only Latin letters (a–z) and digits (0–9).</source>
        <translation>半角英字 (a–z) と数字 (0–9) のみを使用してください。</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses cannot use.</source>
        <translation>@ の前の部分に、メール アドレスに使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Names cannot contain digits or symbols such as @, &lt;, &gt; or #.</source>
        <translation>名前には数字や @、&lt;、&gt;、# などの記号を使用できません。</translation>
    </message>
    <message>
        <source>Use a culture code such as en-US.</source>
        <translation>en-US などのカルチャ コードを使用してください。</translation>
    </message>
    <message>
        <source>Use a language code such as en or fr.</source>
        <translation>en や fr などの言語コードを使用してください。</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed here.</source>
        <translation>ここでは使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Enter a name with at least one letter.</source>
        <translation>1 文字以上の文字を含む名前を入力してください。</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain, as in name@example.com.</source>
        <translation>メール アドレスには、name@example.com のように名前とドメインの間に @ が必要です。</translation>
    </message>
    <message>
        <source>An email address can contain only one @.</source>
        <translation>メール アドレスに含めることができる @ は 1 つだけです。</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>メール アドレスにスペースは使用できません。</translation>
    </message>
    <message>
        <source>Enter the name before the @.</source>
        <translation>@ の前に名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The part before the @ can have at most %n character(s).</source>
        <translation>
            <numerusform>@ の前の部分は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>An email address cannot have a dot right after the @ or at its start.</source>
        <translation>メール アドレスの先頭や @ の直後にドットは使用できません。</translation>
    </message>
    <message>
        <source>An email address cannot end with a dot or have a dot right before the @.</source>
        <translation>メール アドレスの末尾や @ の直前にドットは使用できません。</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>メール アドレスにドットを 2 つ続けて使用することはできません。</translation>
    </message>
    <message>
        <source>The domain after the @ is incomplete; it looks like example.com.</source>
        <translation>@ の後のドメインが不完全です。example.com のような形式にしてください。</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>@ の後のドメインは有効なドメイン名ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n character(s).</source>
        <translation>
            <numerusform>メール アドレスは %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>数字、スペース、ハイフン、ドット、かっこ、および先頭の + のみを使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation>
            <numerusform>電話番号には %n 桁以上の数字が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number can have at most %n digit(s).</source>
        <translation>
            <numerusform>電話番号は %n 桁以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number format of the customer&apos;s country.</source>
        <translation>顧客の国の電話番号の形式ではありません。</translation>
    </message>
    <message>
        <source>Enter a real date in the form YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD の形式で実在する日付を入力してください。</translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future. Partner Center counts days in UTC, so the latest date allowed now is %1.</source>
        <translation>同意日に将来の日付は指定できません。パートナー センターは UTC で日付を数えるため、現在指定できる最も遅い日付は %1 です。</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement did not exist yet; use a date from %1 on.</source>
        <translation>Microsoft 顧客契約はまだ存在していませんでした。%1 以降の日付を使用してください。</translation>
    </message>
    <message>
        <source>This postal code does not have the format used in the customer&apos;s country.</source>
        <translation>この郵便番号は、顧客の国で使用される形式ではありません。</translation>
    </message>
    <message>
        <source>Choose a state or province from the list for this country.</source>
        <translation>この国の一覧から都道府県/州を選択してください。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as US or DE.</source>
        <translation>US や DE などの 2 文字の国コードを使用してください。</translation>
    </message>
    <message>
        <source>The customer&apos;s country does not support this value; choose one from the list.</source>
        <translation>顧客の国ではこの値はサポートされていません。一覧から選択してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Partner Center look-alike on 127.0.0.1 for tests and demos.</source>
        <translation>テストとデモ用の、127.0.0.1 上で動作するパートナー センターの模倣サーバー。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1 のポート (0 = 任意の空きポート)。</translation>
    </message>
    <message>
        <source>SQLite file (default: a temporary file removed on exit).</source>
        <translation>SQLite ファイル (既定: 終了時に削除される一時ファイル)。</translation>
    </message>
    <message>
        <source>Customers to seed into a new database.</source>
        <translation>新しいデータベースに作成する顧客の数。</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>生成データのシード。</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (0 = no throttling).</source>
        <translation>429 を返すまでの 1 分あたりの要求数 (0 = 制限なし)。</translation>
    </message>
    <message>
        <source>Access token lifetime.</source>
        <translation>アクセス トークンの有効期間。</translation>
    </message>
    <message>
        <source>Start JSON bodies with a UTF-8 byte-order mark.</source>
        <translation>JSON 本文の先頭に UTF-8 のバイト オーダー マークを付けます。</translation>
    </message>
    <message>
        <source>PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement.</source>
        <translation>PartnerDesk: Microsoft 顧客契約への顧客の同意を確認および確認結果を表示します。</translation>
    </message>
    <message>
        <source>Use the sandbox whatever Settings say.</source>
        <translation>設定にかかわらずサンドボックスを使用します。</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20.</source>
        <translation>/v1 要求のうち、この割合を種類ごとのパーセントで失敗させます: 429、500、503、drop-before、drop-after、slow、malformed、または all (均等に配分)。例: 429=5,drop-after=2 または all=20。</translation>
    </message>
    <message>
        <source>Seed of the fault decisions.</source>
        <translation>障害の決定に使うシード値。</translation>
    </message>
    <message>
        <source>Retry-After of an injected 429.</source>
        <translation>挿入する 429 応答の Retry-After。</translation>
    </message>
    <message>
        <source>How long a slow answer is held back (past the client&apos;s timeout).</source>
        <translation>遅い応答を保留する時間 (クライアントのタイムアウトを超える長さ)。</translation>
    </message>
</context>
</TS>
