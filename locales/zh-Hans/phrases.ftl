### Relais: mediator-mode phrase cards, Simplified Chinese (zh-Hans).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# 每次会面开始和结束时使用：问候、征得本人同意、说明我们在做什么、隐私、结束。
## 通用：问候、同意、说明、隐私、结束

phrase-general-hello = 您好。我在这里帮您办理网上手续。
phrase-general-together = 我们会在这台电脑上一起办理这个手续。
phrase-general-your-choice = 由您来决定。没有您的同意，我什么都不做。
phrase-general-translation-tool = 这个程序会把网站上的文字翻译成您的语言。它可能会出错。
phrase-general-read-aloud = 我来把这条消息大声读出来。
phrase-general-understood = 您听懂了吗？我可以再说一遍，或者换个方式解释。
phrase-general-interpreter = 您需要口译员吗？可以在现场，也可以通过电话。
phrase-general-nothing-sent = Relais 不会把您的信息发给任何人。只有政府部门的网站会收到您填写的内容。
phrase-general-keep-data = 您想把这些信息保存在这台电脑上，并用密码保护起来吗？
phrase-general-passphrase = 请选一句秘密的话来保护您的信息。不要告诉任何人。
phrase-general-erased-at-end = 结束时，您的信息会从这台电脑上删除，除非您选择保存。
phrase-general-log-out = 我现在退出您的账户，然后关闭网页。
phrase-general-finished = 今天我们就办到这里。请保管好您所有的证件和文件。
phrase-general-come-back = 如果您有问题，或者收到新的信件，可以再来找我。

# 网站要求填写身份信息时使用：证件、姓名、出生日期和出生地、地址。
## 身份：证件、姓名、日期

phrase-identity-passport = 您有护照或身份证吗？
phrase-identity-show-papers = 您能把带来的所有证件和文件都给我看看吗？
phrase-identity-name-as-passport = 我们会完全按照您护照上的写法填写您的姓名。
phrase-identity-other-spelling = 在其他证件上，您的姓名有没有不同的写法？
phrase-identity-no-first-name = 如果您没有名（prénom），请告诉我。有些网站专门有一个方框可以勾选。
phrase-identity-birth-date = 您的出生日期是哪天？在法国，先写日，再写月，最后写年。
phrase-identity-birth-place = 您在哪里出生？请告诉我城市和国家。
phrase-identity-birth-certificate = 网站要求提供您的出生证明。您有原件或复印件吗？
phrase-identity-not-recognised = 网站无法识别这份证件。这不是您的错。
phrase-identity-photo-consent = 我可以给这份证件拍张照片，上传到网站吗？
phrase-identity-mail-address = 您有可以收信的地址吗？也可以用一个协会的地址。

# 办理居留时使用：居留证、居留申请回执（récépissé）、外国人号码、ANEF 网站、省政府（préfecture）的传召通知。
## 居留：居留证、回执（récépissé）、外国人号码、ANEF、传召通知

phrase-residence-permit-number = 您有居留证（titre de séjour）号码吗？它写在您的居留卡上，或者写在您的居留申请回执（récépissé）上。
phrase-residence-foreign-number = 您的外国人号码（numéro étranger）有 10 位数字。它写在您的居留证上，也写在居留申请回执（récépissé）上。
phrase-residence-anef-account = 您在 ANEF 网站上已经有账户了吗？
phrase-residence-anef-username = 在 ANEF 上，您的用户名（identifiant）通常就是您的外国人号码。
phrase-residence-end-date = 我们一起看看您居留证的截止日期。
phrase-residence-renew-early = 必须在截止日期之前申请续签。不要等到最后一刻。
phrase-residence-recepisse = 您有居留申请回执（récépissé）吗？这张纸证明您的申请正在办理中。
phrase-residence-proof-of-submission = 我们来下载申请提交证明（attestation de dépôt）。它证明您已经提交了申请。
phrase-residence-file-number = 我们把您的档案编号记下来。每次发消息都要写上这个编号。
phrase-residence-automatic-reply = 这条消息是自动回复。还没有人看过您的申请。
phrase-residence-convocation = 您收到传召通知（convocation）了吗？请把信件或消息给我看看。
phrase-residence-convocation-bring = 预约那天，请带上传召通知，以及信里要求的所有文件。

# 在省政府（préfecture）网上预约时使用：没有时段、再次尝试、证据、法官和紧急审理程序（référé）。
## 预约：省政府（préfecture）、没有时段、证据、法官

phrase-appointment-no-slot = 网站显示没有可以预约的时间。
phrase-appointment-not-your-fault = 这不是您的错。很多人都约不到。
phrase-appointment-try-tomorrow = 我们明天早上再试。
phrase-appointment-screenshot-proof = 这张截屏证明当时没有可以预约的时间。
phrase-appointment-journal = Relais 会把每次尝试记在您的日志里，包括日期和时间。
phrase-appointment-try-often = 为了留下证据，需要在几个星期里经常尝试。
phrase-appointment-without-me = 如果您自己一个人尝试，每次都要截屏。
phrase-appointment-judge = 有了这些证据，律师可以请法官命令省政府（préfecture）给您预约。
phrase-appointment-legal-aid = 如果您的收入很低，司法援助（aide juridictionnelle）可以支付律师费。
phrase-appointment-export-consent = 您要我为您的律师准备证据材料吗？
phrase-appointment-got-slot = 您约到了。我们把日期、时间和地址记下来。
phrase-appointment-confirmation = 请保留确认邮件。进门时可能需要出示。

# 办理 CAF（家庭补助局）事务时使用：补助领取人号码、季度收入申报、付款、银行信息。
## 补助：CAF、季度申报、银行

phrase-benefits-claimant-number = 您有补助领取人号码（numéro allocataire）吗？它写在 CAF 来信的最上面。
phrase-benefits-quarterly = 每 3 个月，您都要向 CAF 申报一次收入。
phrase-benefits-payments-stop = 如果不申报，CAF 就会停止付款。
phrase-benefits-income-per-month = 最近 3 个月里，您每个月收到了多少钱？
phrase-benefits-payslips = 您有这 3 个月的工资单（fiche de paie）或银行账户流水吗？
phrase-benefits-rib = 您有 RIB 吗？这是银行给的一张纸，上面有您的账户号码。
phrase-benefits-rib-name = 银行账户必须在您本人名下。
phrase-benefits-check-payments = 我们在您的 CAF 个人空间（espace personnel）里看看您的付款情况。
phrase-benefits-caf-message = CAF 给您发了消息。我来和您一起读。
phrase-benefits-caf-appointment = 我们可以申请和 CAF 的顾问见面。

# 医疗方面使用：Ameli 账户、Vitale 卡、社会保障号码、国家医疗救助（AME）。
## 医疗：Ameli、Vitale 卡、AME

phrase-health-carte-vitale = 您有 Vitale 卡（carte Vitale，医保卡）吗？
phrase-health-social-security-number = 您的社会保障号码写在 Vitale 卡上，也写在医保权利证明（attestation de droits）上。
phrase-health-ameli-account = 您在 Ameli 网站上有账户吗？
phrase-health-download-attestation = 我们可以在 Ameli 上下载您的医保权利证明（attestation de droits）。
phrase-health-doctor = 您有主治医生（médecin traitant）吗？
phrase-health-ame-what = AME（国家医疗救助）为没有居留证、在法国住了 3 个月以上的人支付看病的费用。
phrase-health-ame-proof-3-months = 您有证据证明您在法国已经超过 3 个月吗？
phrase-health-ame-in-person = 第一次申请 AME，要本人到 CPAM（医疗保险局）的接待处递交。
phrase-health-ame-renew = AME 的有效期是一年。每年都要重新申请。

# 网上账户方面使用：电子邮箱地址、密码、短信收到的验证码、FranceConnect。
## 账户：电子邮箱、密码、短信验证码、FranceConnect

phrase-account-email = 您有电子邮箱吗？
phrase-account-open-mailbox = 您能在手机上打开您的电子邮箱吗？
phrase-account-create-email = 您想和我一起注册一个电子邮箱吗？这需要一点时间。
phrase-account-spam-folder = 没收到邮件吗？我们看看“垃圾邮件”文件夹（courrier indésirable 或 spam）。
phrase-account-activation-link = 网站通过电子邮件给您发了一个链接。点一下这个链接，就能激活您的账户。
phrase-account-password-yourself = 请您自己输入密码。我不看。
phrase-account-password-forgotten = 如果您忘记了密码，我们可以设置一个新密码。
phrase-account-password-note = 把密码写在一张纸上，放在安全的地方。
phrase-account-phone-number = 这个电话号码是您的吗？网站会把验证码发到这个号码。
phrase-account-sms-code = 您收到了一条短信（SMS）验证码。您能读给我听吗？
phrase-account-code-quick = 这个验证码只在几分钟内有效。我们现在就输入。
phrase-account-code-never-give = 如果有人打电话向您要这个验证码，千万不要给他。
phrase-account-franceconnect = 通过 FranceConnect，您可以用已有的账户登录，比如 Ameli 或 impots.gouv 的账户。

# 网站显示“Je ne suis pas un robot”（我不是机器人）验证（CAPTCHA）时使用。Relais 从不替人完成这项验证。
## 防机器人验证（CAPTCHA）

phrase-captcha-what = 网站在确认您是真人，不是机器人。
phrase-captcha-not-for-you = Relais 从不替您完成这项验证。我来告诉您怎么做。
phrase-captcha-audio = 这里有语音版本。您会听到一些字母或数字。
phrase-captcha-write-what-you-hear = 请仔细听，然后输入您听到的内容。
phrase-captcha-listen-again = 您可以再听一遍，或者换一张新图片。
phrase-captcha-keyboard = 按键盘上的 Tab 键，可以移到语音按钮上。
phrase-captcha-not-your-fault = 这不是您的错。这个验证对很多人来说都很难。
phrase-captcha-failure-recorded = 每次失败都会记在您的日志里，作为证据。
phrase-captcha-other-way = 如果还是不行，您可以要求行政部门提供不用上网的其他办理方式。
