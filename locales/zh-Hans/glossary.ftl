### Relais glossary, Simplified Chinese (zh-Hans).
### Machine-drafted by an AI language model, November 2026, not reviewed by a native speaker.
### Translated from the French master locales/fr/glossary.ftl; same message ids, same order.

## 身份（Identité）

concept-identite = 身份信息
    .explain = 表格的这一部分问您是谁：姓、名、出生日期和出生地。请按照护照或居留证上的写法填写。
    .where = 照抄您的护照、身份证或居留证。

concept-nom = 姓
    .explain = 这里要填的是姓（家族的姓），不是名。请完全按照身份证件上的写法填写。
    .where = 在护照或居留证上“Nom”那一行。

concept-nom-d-une-chose = 名称
    .explain = 名称是指一样东西、一个地方或一个机构的词：街道、城市、协会、职位。对人来说，就是他的姓。

concept-au-nom-de = 代表（以……的名义）
    .explain = 以某人的名义办事，就是代替他办理手续。例如，协助人员为您填写档案。

concept-nom-de-naissance = 出生时的姓
    .explain = 出生时的姓是写在出生证明上的姓。结婚后它不会改变。
    .where = 在出生证明或护照上。

concept-nom-d-usage = 惯用姓（如配偶的姓）
    .explain = 惯用姓是您日常使用的另一个姓，例如丈夫或妻子的姓。如果没有，这一栏请留空。

concept-prenom = 名
    .explain = 名是出生时给您起的个人名字，写在姓的前面。如果您有几个名，请按证件上的顺序全部填写。
    .where = 在护照或居留证上“Prénom(s)”那一行。

concept-sans-prenom = 我没有名（只有姓）
    .explain = 只有当您的身份证件上完全没有名时，才勾选这一项。一些在外国出生的人是这种情况。

concept-sexe = 性别
    .explain = 网站问您是男性还是女性。请选择身份证件上写的性别。
    .where = 在护照或居留证上：M 表示男，F 表示女。

concept-masculin = 男
    .explain = Masculin 的意思是男性。如果您的证件上写的是 M，请选这一项。

concept-feminin = 女
    .explain = Féminin 的意思是女性。如果您的证件上写的是 F，请选这一项。

concept-civilite = 称谓
    .explain = 称谓是放在姓名前面的礼貌用词，例如 Madame（女士）或 Monsieur（先生）。行政部门给您写信时会用到它。

concept-titre-d-appel = 信函称呼
    .explain = 这是信件中称呼您的用词，例如 Madame（女士）、Monsieur（先生）或 Docteur（博士／医生）。请选择适合您的一项。

concept-madame = 女士（Madame）
    .explain = Madame 是对女性的礼貌称呼，不论是否已婚。行政部门已不再使用 Mademoiselle（小姐）。

concept-monsieur = 先生（Monsieur）
    .explain = Monsieur 是对男性的礼貌称呼。

concept-docteur = 博士／医生（Docteur）
    .explain = Docteur 是有博士学位的人使用的称呼，常常是医生。只有您本人是这种情况时才选择它。

concept-inspecteur = 督察（Inspecteur）
    .explain = Inspecteur 是一种职业称呼，例如劳动督察。在表格上，只有这是您的职业时才选择它。

concept-sans-reponse = 不回答
    .explain = 如果您不想提供这项信息，可以选择这个答案。这张表格允许这样选择。

concept-date-de-naissance = 出生日期
    .explain = 就是您出生的日、月、年。请按证件上的写法填写，通常是 日/月/年，例如 05/03/1990。
    .where = 在护照、居留证或出生证明上。

concept-lieu-de-naissance = 出生地
    .explain = 就是您出生的城市或村庄。请按身份证件上的写法填写名称。
    .where = 在护照或出生证明上。

concept-pays-de-naissance = 出生国家
    .explain = 就是您出生的国家，即使您现在有别的国籍。请在列表中选择。

concept-departement-de-naissance = 出生省份（法国省份编号）
    .explain = 这是您出生的法国省份（département）的编号。如果您在法国以外出生，通常选择“99”或“Étranger”（外国）。

concept-nationalite = 国籍
    .explain = 国籍是您作为公民所属的国家，也就是给您发护照的国家。如果您有两个国籍，网站通常问主要的那个。
    .where = 在护照或居留证上。

concept-nationalite-francaise = 法国国籍
    .explain = 只有您有法国国籍时才选择“Française”（法国）。居留证不会给您法国国籍。

concept-etranger = 外国公民
    .explain = 对行政部门来说，外国人就是没有法国国籍的人。这和您住在哪里无关。

concept-apatride = 无国籍人
    .explain = 无国籍人没有任何国家的国籍。OFPRA（法国难民和无国籍人保护局）可以承认这种身份并给予保护。

concept-jour = 日
    .explain = 日是这一天在月份中的数字，从 1 到 31。通常写两位数，例如 05。

concept-mois = 月
    .explain = 月份用 1 到 12 的数字写，或者写月份名称。一月是 01，十二月是 12。

concept-annee = 年
    .explain = 年份要写四位数字，例如 1990。不要只写最后两位。

concept-age = 年龄
    .explain = 年龄是您出生以来的岁数。有些权利取决于您的年龄。

concept-signature = 签名
    .explain = 签名是您亲手写的个人标记，每次都要一样。签名就表示您确认所填信息是真实的。

concept-filiation = 父母信息（亲子关系）
    .explain = Filiation 指您和父母的关系。网站会问您父亲和母亲的姓和名，请按出生证明填写。
    .where = 在您的出生证明上。

## 家庭状况与民事身份（Situation familiale et état civil）

concept-situation-familiale = 婚姻家庭状况
    .explain = 网站问您是单身还是和伴侣一起生活，以及是哪种形式。您的回答可能会改变补助金或税款的计算。

concept-celibataire = 单身
    .explain = 单身的意思是您既没有结婚，也没有签 PACS。报税时，没有结婚也没有签 PACS 的同居伴侣要分别报两份税表。但对 CAF，您仍然要申报同居，因为这会改变您的补助。

concept-marie = 已婚
    .explain = 已婚的意思是您正式结过婚，在法国或其他国家都算。请保存好结婚证明，经常会被要求提供。

concept-pacse = 已签民事伴侣协议（PACS）
    .explain = PACS 是两个共同生活的人之间签订的正式协议。它和结婚不同，在市政府或公证人那里办理。

concept-concubinage = 同居（未婚）
    .explain = 同居的意思是您和伴侣一起生活，但没有结婚，也没有签 PACS。对 CAF（家庭补助局）来说，和伴侣一起生活会改变补助金的计算。

concept-divorce = 离婚
    .explain = 离婚的意思是您的婚姻已经通过判决或正式文书结束。网站可能会问离婚日期。

concept-veuf = 丧偶
    .explain = 丧偶的意思是您的丈夫或妻子已经去世。您可能有权获得某些补助。

concept-separe = 分居
    .explain = 分居的意思是您不再和丈夫或妻子一起生活，但还没有离婚。请把分居日期告诉给您发补助的机构。

concept-conjoint = 配偶
    .explain = 配偶是和您结婚的人。有时这个词也指和您签了 PACS 或和您同居的人。

concept-enfant-a-charge = 受抚养子女
    .explain = 受抚养子女和您一起生活，由您支付他的生活费用。受抚养人的数量会影响补助金和税款的金额。

concept-mineur = 未成年人
    .explain = 未成年人是不满 18 岁的人。通常由父母或法定代理人替他办手续。

concept-majeur = 成年人
    .explain = 成年人是年满 18 岁的人。他自己办理手续。

concept-etat-civil = 民事身份登记（état civil）
    .explain = État civil 包括关于您的官方信息：出生、结婚、死亡、姓名。市政府的民事登记处负责出具这些官方证明。

concept-acte-de-naissance = 出生证明
    .explain = 出生证明是证明您的出生、姓名和父母的官方文件。如果您在国外出生，可能需要提供法语翻译件。
    .where = 在法国出生：向出生地的市政府申请。在国外出生：向您出生国家的主管部门申请。受 OFPRA（法国难民和无国籍人保护局）保护的人，由 OFPRA 出具。

concept-acte-de-mariage = 结婚证明
    .explain = 结婚证明是证明您已结婚的官方文件。它由您结婚所在国家的市政府或主管机关出具。

concept-livret-de-famille = 家庭手册（livret de famille）
    .explain = 家庭手册是一本官方小册子，在结婚或第一个孩子出生时由市政府发放。上面列出父母和子女。

## 联系方式（Coordonnées）

concept-coordonnees = 联系方式
    .explain = 联系方式是别人联系您的途径：地址、电话、电子邮箱。请仔细检查，否则您会收不到答复。

concept-adresse-electronique = 电子邮箱地址
    .explain = 就是您的电子邮箱，例如 nom@exemple.fr，里面有 @ 符号。请选择您能打开的邮箱，因为验证码和答复都会发到那里。

concept-numero-de-telephone = 电话号码
    .explain = 请写能打通找到您的号码。法国电话号码有 10 位数字，以 0 开头。

concept-telephone-portable = 手机
    .explain = 这是您的手机号码，在法国通常以 06 或 07 开头。网站可能会通过短信把验证码发到这个号码。

concept-telephone-fixe = 固定电话
    .explain = 这是装在家里或办公室的电话号码。如果您没有，这一栏请留空。

concept-indicatif = 国际区号
    .explain = 区号是放在电话号码前面的国家代码。法国是 +33，这时要去掉号码开头的 0。

concept-sms = SMS（手机短信）
    .explain = SMS 是发到您手机上的文字短信。网站经常通过短信发送验证码。

## 地址（Adresse）

concept-adresse = 地址
    .explain = 这是您居住或接收信件的地方。行政部门会把信寄到这个地址。

concept-adresse-postale = 邮寄地址
    .explain = 这是邮局给您送信的地址。它可以和您睡觉的地方不同，例如一个托管地址（domiciliation）。

concept-complement-d-adresse = 地址补充信息
    .explain = 这一栏写帮助邮递员找到您的细节：楼栋、楼层、公寓号、信箱上的名字。这一栏通常可以不填。

concept-numero = 门牌号
    .explain = 在地址中，这是房子或楼在街上的号码。号码后面可能有 bis 或 ter（表示同一号码的第二、第三个门牌）。

concept-numero-d-identification = 编号
    .explain = 编号是一串数字，有时带字母，用来指某个东西：一个档案、一张卡、一部电话。请照原样抄写，不要改动。

concept-voie = 街道
    .explain = Voie 是您地址中的街道：rue（街）、avenue（大道）、boulevard（林荫大道）、chemin（小路）、place（广场）。请写街道类型和名称，不要写门牌号。

concept-batiment = 楼栋
    .explain = 如果您的小区有好几栋楼，请写您那栋楼的字母或编号。这能帮助邮递员找到您的信箱。

concept-immeuble = 楼房（公寓楼）
    .explain = Immeuble 是有好几层、好几套住房的楼房。如果它有名称或编号，请写上。

concept-escalier = 楼梯（单元）
    .explain = 在有些楼里，楼梯用字母或数字编号。如果您知道，请写您住处所在的楼梯编号。

concept-numero-d-appartement = 公寓号（房号）
    .explain = 这是您的住房在楼里的编号。它通常写在门上或租房合同上。

concept-etage = 楼层
    .explain = 楼层是您的住房在楼里的高度层数。在法国，底层（rez-de-chaussée）是 0 层。

concept-lieu-dit = 地名（乡村小地名）
    .explain = Lieu-dit 是乡下一个没有街道名的小地方的名称。如果它是您地址的一部分，请写上。

concept-commune-deleguee = 下属市镇（原市镇名）
    .explain = Commune déléguée 是已经并入另一个市镇的原市镇。它的名称有时还保留在地址中。

concept-boite-postale = 邮政信箱（BP）
    .explain = 邮政信箱是设在邮局里用来收信的信箱。它有一个号码，常写作 BP 加数字。

concept-cedex = Cedex（大宗邮件专用投递标记）
    .explain = Cedex 是加在某些企业或行政机构地址上的词，这些机构收到的信件很多。如果您的地址没有这个词，这一栏请留空。

concept-code-postal = 邮政编码
    .explain = 邮政编码是代表城市或街区的 5 位数字。例如 75011 代表巴黎的一部分。
    .where = 在寄到您地址的信上，城市名称前面。

concept-commune = 城市或市镇
    .explain = Commune 是您居住的城市或村庄。通常在填写邮政编码后，从列表中选择它。

concept-departement = 省（département）
    .explain = 法国分成许多省（département），每个省都有编号。您要去的省政府（préfecture）就是您居住的省的省政府。

concept-pays = 国家
    .explain = 请在列表中选择国家。如果地址在法国，请选择 France（法国）。

concept-changement-d-adresse = 地址变更
    .explain = 搬家时，您必须把新地址告诉各个行政部门。如果您持有居留证，请在 3 个月内通知省政府。

concept-hebergement = 借住（由他人提供住处）
    .explain = 借住的意思是您住在别人家里，不付房租或只付很少。网站通常要求提供由这个人签字的证明。

concept-attestation-d-hebergement = 借住证明
    .explain = 这是由给您提供住处的人签字的信，说明您住在他家。要附上他的身份证件和以他名字开具的住址证明。

concept-justificatif-de-domicile = 住址证明
    .explain = 这是证明您住址的近期文件：电费单、房租收据、借住证明。它通常要求是 3 个月以内的。

concept-domiciliation = 托管地址（domiciliation）
    .explain = 如果您没有固定地址，CCAS（市镇社会福利中心）或经批准的协会可以替您接收信件。有了这个地址，您就可以办理各种手续。
    .where = 证明由为您提供托管地址的 CCAS 或协会发给您。

concept-sans-domicile-stable = 无固定住所
    .explain = 如果您没有属于自己的住房，您就是无固定住所。您仍然有权获得一个接收信件的地址，这就是托管地址（domiciliation）。

## 账户与登录（Compte et connexion）

concept-identifiant = 用户名（登录账号）
    .explain = 用户名是网站用来识别您的名字或号码。不同网站不一样，可能是您的电子邮箱、一个号码或您自己选的名字。
    .where = 在 ANEF（外国人网上服务平台）上，通常是您的外国人号码。在税务网站上，是您的税号。

concept-mot-de-passe = 密码
    .explain = 密码是您自己设定、用来进入账户的秘密代码。不要告诉任何人，并把它记在安全的地方。

concept-confirmation-du-mot-de-passe = 确认密码
    .explain = 请把同一个密码再输入一次。网站这样检查您没有打错字。

concept-se-connecter = 登录
    .explain = 登录的意思是用您的用户名和密码进入账户。登录后，您就能看到您的档案。

concept-connexion = 登录（登录页面）
    .explain = Connexion 是进入网站上您个人账户的入口。需要您的用户名和密码。

concept-se-deconnecter = 退出登录
    .explain = 退出登录的意思是离开您的账户。在公用电脑上一定要退出，以保护您的信息。

concept-creer-un-compte = 创建账户（注册）
    .explain = 创建账户的意思是第一次在网站上注册。您要选择用户名和密码，通常还会收到一封确认邮件。

concept-compte = 账户
    .explain = 账户是网站上属于您自己的空间。里面保存您的申请、文件和消息。

concept-prendre-en-compte = 考虑在内
    .explain = “Prendre en compte”是指查看一条信息并用它来做决定。这个词和您在网站上的账户没有关系。

concept-mot-de-passe-oublie = 忘记密码
    .explain = 如果您想不起密码，请点击这里。网站会给您发一个链接或验证码，让您设置新密码。

concept-reinitialiser-le-mot-de-passe = 重置密码
    .explain = 重置的意思是用新密码替换旧密码。请点击邮件里收到的链接，并选择一个您不会忘记的密码。

concept-se-souvenir-de-moi = 记住我
    .explain = 如果勾选这一项，网站会记住您的用户名，下次不用再输入。在公用电脑上不要勾选。

concept-franceconnect = FranceConnect（统一登录服务）
    .explain = FranceConnect 让您用已有的账户登录国家的网站，例如 Ameli（医保网站）或 L’Identité Numérique La Poste（邮政数字身份）的账户。您不需要新密码。

concept-identite-numerique = 数字身份
    .explain = 数字身份是在网上安全证明您是谁的方法，需要在手机上安装一个应用。它可以和 FranceConnect 一起使用。

concept-validation-en-deux-etapes = 两步验证
    .explain = 除了密码，网站还要求输入通过短信、邮件或应用收到的验证码。这样可以保护您的账户。

concept-code-de-verification = 验证码
    .explain = 网站通过短信或邮件给您发一个验证码，以确认确实是您本人。请尽快输入，因为它只在几分钟内有效。
    .where = 查看您的短信或邮箱，也要看“courrier indésirable”或“spam”（垃圾邮件）文件夹。

concept-lien-d-activation = 激活链接
    .explain = 注册后，网站会给您发一封带链接的邮件。点击这个链接激活您的账户，通常有时间限制。
    .where = 在您的邮箱里，也要看“spam”或“courrier indésirable”（垃圾邮件）文件夹。

concept-espace-personnel = 个人空间
    .explain = 个人空间是登录后只供您使用的网站部分。您可以在那里跟进您的申请，找到您的文件。

concept-messagerie = 站内信箱
    .explain = 站内信箱让您在账户里给行政部门写信，并阅读他们的回复。请经常查看，因为可能会有重要消息。

concept-profil = 个人资料
    .explain = 个人资料包含网站保存的关于您的信息：姓名、地址、电话。您通常可以在这里修改。

## 导航与按钮（Navigation et boutons）

concept-afficher = 显示
    .explain = Afficher 的意思是在屏幕上显示出来。在密码旁边，这个按钮会显示您输入的字符。

concept-masquer = 隐藏
    .explain = Masquer 的意思是隐藏。密码会重新变成圆点或星号。

concept-valider = 确认（提交）
    .explain = Valider 的意思是确认并发送您的回答。点击前请再读一遍，因为有时提交后就不能再修改。

concept-envoyer = 发送
    .explain = 发送会把您的表格或消息交给行政部门。发送后，请保存确认信息或截屏。

concept-suivant = 下一步
    .explain = “Suivant”按钮带您进入下一步。在其他地方，suivant 的意思是“后面的”，例如下列文件。

concept-precedent = 上一步
    .explain = “Précédent”按钮带您回到上一步，重新阅读或修改。在其他地方，précédent 的意思是“以前的”，例如上一年。

concept-retour = 返回
    .explain = 返回会带您回到上一个页面。注意，有些回答可能会丢失。

concept-annuler = 取消
    .explain = 取消会停止正在进行的操作，不保存您在这个页面上填写的内容。

concept-enregistrer = 保存
    .explain = “Enregistrer”按钮会保存您的回答，但您的申请还没有发送。Enregistrer 一个申请也可以指正式登记，例如登记庇护申请。

concept-brouillon = 草稿
    .explain = 草稿是已经开始但还没有发送的申请。在您发送之前，行政部门看不到它。

concept-modifier = 修改
    .explain = 修改让您更改已经填写的信息。

concept-mise-a-jour = 更新
    .explain = “Mettre à jour”是指修改一条信息，使它今天是正确的。例如，填写您的新地址。

concept-supprimer = 删除
    .explain = 删除会永久清除某个内容，例如已添加的文件。点击前请检查清楚。

concept-rechercher = 搜索
    .explain = 搜索让您输入一个词来查找页面或信息。

concept-telecharger = 下载
    .explain = Télécharger 的意思是把文件从网站复制到您的手机或电脑上。有些网站也用这个词表示把文件上传到网站。

concept-televerser = 上传
    .explain = Téléverser 的意思是把文件从您的手机或电脑发送到网站。例如一张照片或护照的扫描件。

concept-deposer-un-dossier = 提交档案或申请
    .explain = 提交（déposer）档案或申请，就是把它发送给行政部门。提交前，请检查是否完整。提交后，请保存提交证明。

concept-ajouter-un-fichier = 添加文件
    .explain = 这个按钮会打开您的文件夹，让您选择要发送的文件。选择前请检查要求的格式和大小。

concept-imprimer = 打印
    .explain = 打印是用打印机把文件印在纸上。您也可以把它保存为 PDF 留存。

concept-fermer = 关闭
    .explain = 关闭会让窗口或消息从屏幕上消失。

concept-menu = 菜单
    .explain = 菜单是网站各部分的列表。点击它可以看到可以去的页面。

concept-accueil = 首页
    .explain = 首页是网站的第一个页面。如果您迷路了，可以回到这里。

concept-aide = 帮助
    .explain = 帮助提供关于网站和手续的说明。Aide 这个词也指机构发放的一笔补助金。

concept-nous-contacter = 联系我们
    .explain = 这个页面让您给行政部门写信，通常是填写一张表格。请保存您的消息和回复的副本。

concept-foire-aux-questions = 常见问题（FAQ）
    .explain = 这是一个列出人们常问的问题及其答案的页面。

concept-recapitulatif = 汇总（核对页）
    .explain = 汇总页会在发送前显示您的全部回答。请仔细阅读，在确认前改正错误。

concept-etape = 步骤
    .explain = 网上手续分成几个步骤。网站通常会显示您在第几步，还剩几步。

concept-tableau-de-bord = 主页面板
    .explain = 面板是您账户的主页面。它显示您的申请、申请状态和消息。

concept-demarche = 手续（办事流程）
    .explain = 手续就是您为了从行政部门得到某样东西而做的事：一份证件、一项补助、一项权利。

concept-voie-electronique = 通过电子方式（网上）
    .explain = 通过电子方式的意思是通过互联网：在网站上、用电子邮件或在您的账户里。这不是一个地址。

concept-demarche-en-ligne = 网上手续
    .explain = 网上手续是在互联网上办理，不用去窗口。如果办不成，请寻求帮助。办理居留证时，如果有人帮忙网站仍然无法为您使用，必须有其他办理方式。

concept-capture-d-ecran = 截屏
    .explain = 截屏是把您屏幕上显示的内容拍成图片。它可以带着日期和时间证明一个问题，例如没有预约名额。

concept-cookies = Cookie（网站跟踪文件）
    .explain = Cookie 是网站保存在您浏览器里的小文件。对于不必要的 Cookie，网站必须征求您的同意。拒绝必须和接受一样简单。

concept-accessibilite = 无障碍
    .explain = 无障碍的意思是所有人都必须能使用这个网站，包括残障人士。如果做不到，您可以反映。

concept-mentions-legales = 法律声明
    .explain = 这个页面说明谁管理这个网站、谁负责。办理手续时用不到它。

concept-conditions-generales = 使用条款（CGU）
    .explain = 这是使用网站的规则。网站通常要求您先接受这些规则才能继续。

concept-parametres-d-affichage = 显示设置
    .explain = 在这里您可以选择网站的外观：浅色或深色。这不会影响您的手续。

concept-theme-clair = 浅色主题
    .explain = 浅色主题在白色背景上显示深色文字。

concept-theme-sombre = 深色主题
    .explain = 深色主题在深色背景上显示浅色文字。它可以让眼睛休息。

concept-theme-systeme = 跟随系统
    .explain = 这里的“系统”是指网站使用和您的手机或电脑相同的颜色。

concept-republique-francaise = République française（法兰西共和国）
    .explain = 这个标志表示网站属于法国政府。请小心那些为免费手续收钱的假网站。

concept-navigateur = 浏览器
    .explain = 浏览器是用来打开网站的程序，例如 Chrome、Firefox、Safari 或 Edge。

concept-service-public-fr = Service-Public.fr（法国公共服务官网）
    .explain = 这是说明您在法国的权利和手续的官方网站。它也提供正确表格的链接。

concept-demarches-simplifiees = démarches-simplifiées（政府网上办事平台）
    .explain = 这是一个政府网站，很多行政部门把他们的表格放在上面。您在那里提交材料并跟进答复。

## 表格（Formulaires）

concept-demande = 申请
    .explain = 申请就是您为了得到某样东西而交给行政部门的东西：一份居留证、一项补助、一个预约。

concept-champ-de-saisie = 输入框
    .explain = 输入框是您用键盘填写答案的格子。

concept-saisir = 输入（填写）
    .explain = Saisir 或 renseigner 的意思是在表格的输入框里填写信息。在法律上，saisir 一位法官的意思是请他作出裁决。

concept-libelle = 标签（栏目名称）
    .explain = 标签是放在格子上方的文字。它说明要填写或选择什么。

concept-legende = 分组标题
    .explain = 分组标题是一组问题的标题。它说明这些问题一起要问的是什么。

concept-case-a-cocher = 复选框
    .explain = 复选框是一个小方块。点击它表示“是”，再点一次就取消勾选。

concept-cocher = 勾选
    .explain = 勾选的意思是点击方框，在里面打上标记。这表示“是”或“我同意”。

concept-bouton-radio = 单选按钮
    .explain = 单选按钮是一个小圆圈。在一组里您只能选择一个答案。

concept-liste-deroulante = 下拉列表
    .explain = 下拉列表在您点击时会展开。然后在列表中选择一个答案。

concept-selectionner-une-option = 选择一项
    .explain = Sélectionner 的意思是在列表中选择一个答案。先点击列表，再点击您的答案。

concept-option = 选项
    .explain = 选项是列表中可以选择的答案之一。

concept-champ-obligatoire = 必填项
    .explain = 您必须填写这一栏，否则表格发不出去。它通常用星号 * 标出。

concept-optionnel = 选填
    .explain = 选填的意思是您不一定要回答。这一栏可以留空。

concept-format-attendu = 要求的格式
    .explain = 要求的格式告诉您答案该怎么写，例如日期写成 JJ/MM/AAAA（日/月/年）。请按格式填写，否则网站会显示错误。

concept-exemple = 示例
    .explain = 示例展示一个可能的答案。不要照抄，请用同样的方式写您自己的信息。

concept-indication = 填写提示
    .explain = 提示是问题下面的一小段文字。它说明该怎么回答。

concept-texte-de-description = 说明文字
    .explain = 这段文字对问题作进一步说明。回答前请先阅读。

concept-fichier = 文件
    .explain = 文件是保存在您手机或电脑里的文档：照片、扫描件、PDF。

concept-format-de-fichier = 文件格式
    .explain = 格式就是文件的类型，写在文件名的点后面：pdf、jpg、png。网站只接受列出的格式。

concept-taille-maximale = 最大文件大小
    .explain = 这是一个文件允许的最大大小，通常以 Mo（兆字节，MB）计算。如果文件太大，请降低扫描件或照片的质量。

concept-caractere = 字符
    .explain = 字符是一个字母、一个数字、一个空格或一个符号。网站有时会计算已输入的字符数。

concept-caractere-special = 特殊字符
    .explain = 特殊字符是既不是字母也不是数字的符号，例如 ! @ # 或 ?。很多密码要求至少包含一个。

concept-chiffre = 数字
    .explain = 数字是 0 到 9 中的一个符号。密码通常要求至少包含一个数字。

concept-chiffre-d-affaires = 营业额
    .explain = 营业额是企业收到的全部钱款，还没有减去支出。微型企业主要向 URSSAF（社会保险费征收机构）申报营业额。

concept-majuscule = 大写字母
    .explain = 大写字母是大的字母，例如 A、B、C。有些栏目要求用大写字母写姓名。

concept-minuscule = 小写字母
    .explain = 小写字母是小的字母，例如 a、b、c。

concept-piece-jointe = 附件
    .explain = 附件是添加到消息或申请中的文件。

concept-piece-justificative = 证明材料
    .explain = 这是证明您所申报内容的文件：护照、住址证明、工资单。网站会列出需要的材料清单。

concept-montant = 金额
    .explain = 金额是一笔钱，单位是欧元。如果网站要求，只写数字，不写 € 符号。

concept-motif = 原因（事由）
    .explain = 事由是您申请或预约的原因。请选择符合您情况的一项。

concept-attestation-sur-l-honneur = 诚信声明（以名誉担保的声明）
    .explain = 这是一段文字，您用书面方式声明您的信息是真实的。虚假声明可能会受到处罚。

concept-consentement = 同意
    .explain = 表示同意的意思是接受某件事，例如同意使用您的数据。勾选前请先阅读文字。

concept-donnees-personnelles = 个人数据
    .explain = 这是关于您的信息：姓名、地址、各种号码、健康状况。法律保护这些数据，您可以要求查看或更正。

concept-mention-cnil = CNIL 声明（个人数据使用说明）
    .explain = 这段文字说明行政部门如何使用您的数据、保存多长时间。它也说明如何行使您对这些数据的权利。

concept-cnil = CNIL（国家信息与自由委员会）
    .explain = CNIL 是在法国保护您个人数据的机构。如果您的数据被不当使用，您可以向它投诉。

concept-rgpd = RGPD（欧盟《通用数据保护条例》）
    .explain = RGPD 是保护您个人数据的欧洲法律。它给您查看、更正或删除自己数据的权利。

## 验证码（CAPTCHA）

concept-captcha = 图形验证码（captcha）
    .explain = Captcha 是一种测试，检查使用网站的是人而不是程序。通常有语音版本，方便视力不好的人。
    .todo = 如果您通不过，请试试语音版本或请人帮忙。每次失败都截屏保存：这证明网站挡住了您。

concept-je-ne-suis-pas-un-robot = 我不是机器人
    .explain = 勾选这个方框，表明您是真人。有时网站接着会要求您选择图片。
    .todo = 如果测试多次失败，请试试语音版本。如果还是卡住，请截屏，并要求用其他方式办理手续。

concept-code-de-securite = 安全码（图片中的字符）
    .explain = 请按同样的顺序，照抄图片中显示的字母和数字。注意大小写。

concept-version-audio = 语音版本
    .explain = 这个按钮会把验证码大声读出来，方便看不清图片的人。然后写下您听到的内容。

concept-nouvelle-image = 换一张图片
    .explain = 如果您看不清验证码，这个按钮会显示另一个。

## 外国人居留（Séjour des étrangers）

concept-titre-de-sejour = 居留证（titre de séjour）
    .explain = 居留证是给您在法国生活权利的卡片。它有截止日期：请在到期前申请续签。
    .where = 您是在省政府（préfecture）领取的。如果有回执（récépissé），也请保存好。

concept-carte-de-sejour-temporaire = 临时居留证
    .explain = 这是最长有效一年的居留证。请在到期前申请续签：根据您的情况，续签时可能拿到多年居留证。

concept-carte-de-sejour-pluriannuelle = 多年居留证
    .explain = 这是有效期好几年的居留证，通常最长 4 年。一般在拿过第一张一年期居留证之后获得。

concept-carte-de-resident = 长期居民卡（10 年居留证）
    .explain = 长期居民卡是有效期 10 年的居留证。它更加稳定，并允许工作。

concept-recepisse = 居留申请回执（récépissé）
    .explain = 回执是省政府发的文件，证明您的申请正在办理中。在有效期内，您的居留是合法的。
    .where = 上面有您的外国人号码和截止日期。请一直把它和护照放在一起。

concept-attestation-de-prolongation-d-instruction = 审理延期证明（API）
    .explain = 如果您的续签申请材料齐全并按时提交，ANEF 会在审理期间给您这份文件。它和旧居留证一起证明您的居留仍然合法，并保留您的权利，例如工作的权利。它最长有效 3 个月，可以续期。
    .where = 在您的 ANEF 账户中下载。如果审理时间很长，可能会收到新的证明。

concept-attestation-de-depot = 申请提交证明
    .explain = 这份文件证明您已经在网上成功提交了申请，并写明日期。注意：它不能证明您的居留是合法的。请妥善保存。
    .where = 在您的 ANEF 账户中，或在提交后收到的邮件里。

concept-attestation-de-decision-favorable = 批准决定证明
    .explain = 这份文件说明省政府已经批准了您的居留证申请。在等待制卡期间，它证明您有居留权。
    .where = 在您的 ANEF 账户中。

concept-autorisation-provisoire-de-sejour = 临时居留许可（APS）
    .explain = APS 是短期居留文件，只在某些特定情况下发放。例如，来自乌克兰、受临时保护的人会获得 6 个月、可续期的 APS。这种 APS 允许工作。

concept-visa = 签证
    .explain = 签证是进入法国的许可，贴在您的护照里。短期签证允许在任何 180 天内最多停留 90 天。
    .where = 在您的护照里，占一整页。

concept-vls-ts = 具有居留证效力的长期签证（VLS-TS）
    .explain = 这种签证让您在有效期内（4 个月到 1 年）住在法国，作用和居留证一样。您必须在到达后 3 个月内在网上进行生效登记。

concept-validation-du-visa = 签证生效登记
    .explain = 长期签证的生效登记在 ANEF 网站上在线办理。您要用税票（timbre fiscal）缴一笔税，然后保存生效登记证明。
    .where = 需要签证号码、入境法国的日期和您的地址。

concept-numero-de-visa = 签证号码
    .explain = 这是贴在您护照里的签证贴纸上的号码。网站需要它来为您的签证办理生效登记。
    .where = 在护照里签证贴纸的右上角。

concept-numero-etranger = 外国人号码（AGDREF 号码）
    .explain = 外国人号码是您在省政府的个人号码，共 9 位或 10 位数字。请保存好，办理居留手续时要用。
    .where = 在您的居留证和回执上。它常用作 ANEF 的登录账号。

concept-anef = ANEF（外国人网上服务平台）
    .explain = ANEF 是国家为居留证、入籍或签证生效登记申请设立的网站。现在这些申请大多只能在那里办理。

concept-ofii = OFII（法国移民与融入局）
    .explain = OFII 接待刚到法国的外国人。它负责体检、融入合同，并向庇护申请人发放补助金。

concept-prefecture = 省政府（préfecture）
    .explain = 省政府是国家在您所在省的办公机构。居留证由它决定。

concept-sous-prefecture = 区政府（sous-préfecture）
    .explain = 区政府是比省政府小的国家办公机构，设在省内的某些城市。它有时也处理居留申请。

concept-guichet = 服务窗口
    .explain = 窗口是行政人员接待公众的柜台。很多窗口现在只接待有预约的人。

concept-guichet-unique-asile = 庇护申请统一窗口（GUDA）
    .explain = GUDA 是省政府里登记庇护申请的办公室。您在那里领取庇护申请证明。

concept-spada = SPADA（庇护申请人首次接待机构）
    .explain = SPADA 是庇护申请人首次接待的地方。它为您预约 GUDA，并可以为您提供托管地址。

concept-convocation = 传召通知（convocation）
    .explain = 传召通知是一封要求您在指定地点、日期和时间前往的信。请带上这封信和所有要求的文件前去。
    .todo = 如果您不能去，请尽快书面通知行政部门，并保存证据。

concept-naturalisation = 入籍
    .explain = 入籍是申请成为法国人。它在 ANEF 上办理，一般要求已经在法国居留好几年。

concept-regroupement-familial = 家庭团聚
    .explain = 家庭团聚让您把丈夫或妻子以及未成年子女接到法国。您需要有足够的收入和住房。

concept-admission-exceptionnelle-au-sejour = 特殊居留许可（身份合法化）
    .explain = 这是没有合法证件的人因工作或家庭原因申请居留证。省政府逐个审查决定。

concept-etranger-malade = 患病外国人居留（治病居留证）
    .explain = 这种居留证是给病情严重、在本国无法得到治疗的人。OFII 的医生会对您的材料给出意见。

concept-demande-d-asile = 庇护申请
    .explain = 庇护申请是在您本国有危险时，请求法国保护。由 OFPRA（法国难民和无国籍人保护局）作出决定。

concept-demandeur-d-asile = 庇护申请人
    .explain = 庇护申请人已经请求法国保护，正在等待决定。一般来说，在审查申请期间，他凭庇护申请证明有权留在法国。

concept-attestation-de-demande-d-asile = 庇护申请证明
    .explain = 这份文件证明您已经申请庇护，您的居留是合法的。必须在截止日期前续办。
    .where = 在省政府的统一窗口（GUDA）发给您。

concept-refugie = 难民
    .explain = 难民身份是 OFPRA 或 CNDA（国家庇护法院）给予的保护。它让您有权获得 10 年的长期居民卡。

concept-protection-subsidiaire = 辅助保护
    .explain = 辅助保护是给予在本国受到威胁、但未被承认为难民的人的保护。它让您有权获得多年居留证。

concept-ofpra = OFPRA（法国难民和无国籍人保护局）
    .explain = OFPRA 审查庇护申请，决定是否给予保护。它也为受保护的人制作民事身份证件。

concept-cnda = CNDA（国家庇护法院）
    .explain = CNDA 是对 OFPRA 的拒绝提出异议的法院。提出上诉的期限是一个月。如果想要由法律援助支付费用的律师，请在 15 天内申请。

concept-passeport = 护照
    .explain = 护照是您的国家发的身份和旅行证件。很多居留证申请都要求提供护照。
    .where = 号码在有您照片那一页的右上方。

concept-passeport-talent = 人才护照（人才居留证）
    .explain = 这是有效期好几年的居留证，最长 4 年，给高技能人员、研究人员、艺术家或企业创办人。现在叫作 « talent »（人才）居留证。

concept-dcem = 外国未成年人旅行证件（DCEM）
    .explain = DCEM 让住在法国的外国孩子出国旅行后无需签证即可回来。这是为未成年孩子申请的。

concept-titre-d-identite-et-de-voyage = 身份与旅行证件（TIV）
    .explain = TIV 是省政府发给某些受保护者的旅行证件。当一个人无法从本国拿到护照时，它代替护照。

concept-titre-de-voyage = 旅行证件（titre de voyage）
    .explain = 旅行证件为难民和无国籍人代替护照。难民持此证件不能前往他们逃离的国家。

concept-oqtf = 离境令（OQTF）
    .explain = OQTF 是省政府要求您离开法国的决定。向法院提出异议的期限很短，有时只有几天。
    .todo = 看清信上的日期，马上联系协会或律师。请保存信封。

concept-irtf = 禁止返回法国令（IRTF）
    .explain = IRTF 禁止您在规定的时间内返回法国。它常常和 OQTF 一起下达，也可以提出异议。

concept-contrat-d-integration-republicaine = 共和国融入合同（CIR）
    .explain = CIR 是您到达时和 OFII 签订的合同。它包括法语课和关于法国生活的培训。

concept-visite-medicale = 体检
    .explain = 您到达后，OFII 可能会通知您去体检。办理某些居留证时体检是必须的。

concept-date-d-expiration = 截止日期（有效期至）
    .explain = 这是您的证件失效的日期。请在这个日期之前申请续签。
    .where = 在居留证、回执或护照上，通常在“Valable jusqu’au”（有效期至）旁边。

concept-date-de-delivrance = 签发日期
    .explain = 这是行政部门把证件发给您的日期。
    .where = 在证件本身上，通常靠近截止日期。

concept-date-d-entree-en-france = 入境法国日期
    .explain = 这是您到达法国的那一天。请保存证据：护照上的入境章、机票或火车票。
    .where = 在您护照上的入境章上。

concept-renouvellement = 续签
    .explain = 续签是在旧证件快到期时申请新证件。在 ANEF 上，请在居留证到期前 120 天到 60 天之间申请续签。在窗口申请的证件，则在到期前 2 个月内申请。

concept-premiere-demande = 首次申请
    .explain = 如果您从来没有拿过这种证件或文件，请选择“首次申请”。

concept-changement-de-statut = 变更居留类别
    .explain = 变更居留类别是申请另一种类型的居留证。例如从学生转为雇员。

concept-etudiant = 学生（学生居留证）
    .explain = 这种居留证是给在学校或大学注册的人。它允许每年最多工作 964 小时，也就是全职的 60%。有些国家（例如阿尔及利亚）适用不同的规定。

concept-salarie = 雇员（受雇工作居留证）
    .explain = 雇员按劳动合同为雇主工作。雇员居留证和这份工作相关联。

concept-situation-professionnelle = 职业状况
    .explain = 您靠什么谋生：受雇者、求职者、学生或无业。请选择您目前的情况。

concept-travailleur-temporaire = 临时工作者（临时工作居留证）
    .explain = 这种居留证是给不到一年的工作，例如短期合同。它的有效期和合同一样长。

concept-vie-privee-et-familiale = 私人与家庭生活居留证（VPF）
    .explain = 这种居留证因您在法国的家庭关系而发放，例如配偶是法国人或孩子是法国人。它允许工作。

concept-autorisation-de-travail = 工作许可
    .explain = 工作许可让外国人可以在法国工作。通常由雇主在网上申请。

concept-ceseda = CESEDA（外国人入境、居留和庇护法典）
    .explain = CESEDA 是关于外国人在法国居留和庇护的法律汇编。省政府的信件会引用其中的条款。

concept-dossier = 档案（申请材料）
    .explain = 档案包括您的申请和所有文件。行政部门审查它来作出决定。

concept-numero-de-dossier = 档案编号
    .explain = 这是识别您申请的号码。请记下来，给行政部门写信时会用到。
    .where = 在确认邮件、提交证明或您的账户里。

concept-instruction = 审理中
    .explain = 审理（instruction）就是行政部门审查您的档案。在这期间，您要等待决定。

concept-decision = 决定
    .explain = 决定是行政部门对您申请的答复：同意或不同意。书面决定也会说明如何提出异议。

concept-refus = 拒绝
    .explain = 拒绝的意思是行政部门对您的申请说了“不”。您可以提出异议，但期限很短。
    .todo = 保存信件和信封，记下收到的日期，并尽快联系协会或律师。

## 司法与申诉（Justice et recours）

concept-recours = 申诉（复议或诉讼）
    .explain = 申诉是对一项决定提出异议的请求。可以写信给作出决定的行政部门，也可以向法官提出。

concept-delai-de-recours = 申诉期限
    .explain = 这是您可以对一项决定提出异议的时间。通常是 2 个月，有时短得多。
    .where = 在决定信的末尾，“voies et délais de recours”（申诉途径和期限）部分。

concept-decision-implicite-de-rejet = 默示拒绝决定
    .explain = 如果行政部门在一定时间内不答复，法律有时视为拒绝。居留证申请的这个期限是 4 个月。
    .todo = 请保存您提交申请日期的证据。过了这个期限，您就可以提出申诉。

concept-tribunal-administratif = 行政法院
    .explain = 行政法院审理与行政部门的纠纷，例如居留证被拒。关于 CAF，它审理住房补助和 RSA 的纠纷；家庭补助的纠纷由普通法院（tribunal judiciaire）审理。有时必须先提出复议：请阅读信中的“voies et délais de recours”（救济途径和期限）。

concept-refere = 紧急审理程序（référé）
    .explain = Référé 是紧急情况下向法官提出的快速程序。例如，法官可以命令省政府给您一个预约。
    .todo = 申请“référé mesures utiles”（必要措施紧急审理）时，需要证明您多次尝试过：请在几周内多次截屏，并保存带日期的截图。

concept-requete = 诉状（申请书）
    .explain = Requête 是您交给法院的书面请求。它说明您对什么提出异议以及原因。在网站上，requête 也指发送给网站计算机的请求。

concept-avocat = 律师
    .explain = 律师为您提供咨询，并在法官面前为您辩护。如果您收入很低，司法援助可以支付律师费。

concept-aide-juridictionnelle = 司法援助
    .explain = 如果您收入低，司法援助会支付全部或部分律师费和诉讼费。请向法院或您的律师申请。

concept-conseil-d-etat = Conseil d’État（最高行政法院）
    .explain = Conseil d’État 是处理与行政部门纠纷的最高法院。2022 年 6 月 3 日，它裁定国家可以强制通过 ANEF 办理居留证。但如果有人帮忙网站仍然无法为您使用，国家必须提供帮助并给出其他办理方式。

concept-defenseur-des-droits = Défenseur des droits（权利保护专员）
    .explain = 权利保护专员免费帮助与行政部门有纠纷或遭受歧视的人。您可以在网上、通过电话联系，或去见他的代表。

concept-mediateur = 调解员
    .explain = 调解员帮助解决和行政部门之间的分歧，不用上法院。通常您必须先写信给该行政部门。

concept-reclamation = 投诉（异议申请）
    .explain = 投诉是一条消息，表示您不同意或者有错误。请保存副本和寄出的日期。

concept-recours-amiable = 友好复议（recours amiable）
    .explain = 要对 CAF 或医疗保险机构的决定提出异议，请先写信给它们的友好复议委员会，一般在 2 个月内。去法院之前，这一步通常是必须的。关于 RSA，事先复议要交给省议会（conseil départemental）。

concept-preuve = 证据
    .explain = 证据是能说明发生了什么的文件：信件、电子邮件、带日期的截屏。请全部保存，它们可能在法官面前有用。

concept-alternative-non-numerique = 非网上办理方式
    .explain = 办理居留证时，如果有人帮忙 ANEF 仍然无法为您使用，国家必须提供其他办理方式。Conseil d’État（最高行政法院）在 2022 年 6 月 3 日作出了这样的裁定。其他手续则视情况而定：请询问行政部门。
    .todo = 请先向 ANEF 联系中心或省政府（préfecture）的数字服务接待点求助。保留证据：电子邮件和带日期的截图。如果仍不够，请书面要求其他办理方式。

concept-point-justice = 法律咨询点（point-justice）
    .explain = 在法律咨询点，法律人员免费为您提供关于权利的建议。

concept-plainte = 报案（控告）
    .explain = 报案的意思是告诉警察局或宪兵队您是受害者。即使没有居留证，您也可以报案。

concept-casier-judiciaire = 犯罪记录
    .explain = 犯罪记录列出一个人受过的判刑。有些手续需要提供犯罪记录摘要，可以在网上免费申请。

## 社会福利（Prestations sociales）

concept-caf = CAF（家庭补助局）
    .explain = CAF 发放各种补助金：住房补助、RSA（积极互助收入）、就业补贴、子女补助。每个省都有自己的 CAF。

concept-msa = MSA（农业社会互助保险）
    .explain = MSA 为从事农业工作的人承担 CAF 和医疗保险的工作。

concept-allocataire = 补助领取人
    .explain = 补助领取人是为全家领取 CAF 或 MSA 补助的人。

concept-numero-allocataire = 补助领取人号码（CAF 号码）
    .explain = 这是您在 CAF 的档案号。给 CAF 写信或打电话时要用，请保存好。登录 caf.fr 时，一般使用您的社会保障号。
    .where = 在 CAF 来信的上方，以及付款证明上。

concept-prestation = 福利（补助）
    .explain = 福利是由 CAF 或医疗保险等机构发放的补助，通常是钱。

concept-rsa = RSA（积极互助收入）
    .explain = RSA 是给收入很少或没有收入的人的补助金，一般要年满 25 岁。每 3 个月必须申报一次收入。

concept-prime-d-activite = 就业补贴（prime d’activité）
    .explain = 就业补贴是 CAF 发给有工作但收入低的人的补助。每 3 个月必须申报一次收入。

concept-aide-au-logement = 住房补助
    .explain = 这是 CAF 或 MSA 帮助支付部分房租的补助。金额取决于您的收入、房租和家庭情况。

concept-apl = APL（个人化住房补助）
    .explain = APL 是给签约房（logement conventionné，通常是社会住房）的住房补助。它可以直接付给房东，由房东从房租里扣除。否则付给您本人。

concept-als = ALS（社会住房补贴）
    .explain = ALS 是给没有受抚养子女、又不能领 APL 的人的住房补助。学生经常领取这种补助。

concept-alf = ALF（家庭住房补贴）
    .explain = ALF 是给家庭（例如有受抚养子女）、又不能领 APL 的住房补助。

concept-allocations-familiales = 家庭补助金
    .explain = 如果您至少有 2 个受抚养子女，CAF 每月发放家庭补助金。金额取决于您的收入。

concept-paje = Paje（幼儿补助）
    .explain = Paje 包括 CAF 为生育和幼儿提供的各种补助。它也帮助支付看护孩子的费用。

concept-allocation-de-rentree-scolaire = 开学补助（ARS）
    .explain = ARS 是在夏天末发放的补助，发给每个上学的 6 到 18 岁孩子。它取决于您的收入。

concept-aah = AAH（成年残疾人补助）
    .explain = AAH 是给收入低的成年残疾人的补助金。由 MDPH（省残疾人之家）决定，然后由 CAF 或 MSA 发放。

concept-mdph = MDPH（省残疾人之家）
    .explain = MDPH 审查残疾人的申请，例如 AAH 或出行融入卡（CMI）。自 2017 年起，CMI 取代了残疾证（carte d’invalidité）。旧的残疾证最晚有效至 2026 年 12 月 31 日。

concept-allocation-de-soutien-familial = 家庭扶助补助（ASF）
    .explain = 当另一方父母不付或少付抚养费时，ASF 帮助独自抚养孩子的父亲或母亲。

concept-complement-familial = 家庭补充补助
    .explain = 家庭补充补助是 CAF 给至少有 3 个 3 岁以上孩子、收入不高的家庭的补助。

concept-pension-alimentaire = 抚养费
    .explain = 这是分开的父母一方为孩子付给另一方的钱。如果这笔钱没有支付，CAF 可以提供帮助。

concept-quotient-familial = 家庭系数（QF）
    .explain = 家庭系数是根据您的收入和家庭人数计算出的数字。市政府和其他服务用它来确定收费价格。
    .where = 在您的家庭系数证明上，可在 CAF 网站上下载。

concept-ressources = 收入（经济来源）
    .explain = 您的收入是您收到的所有钱：工资、失业金、补助、养老金等。补助金是根据您的收入计算的。

concept-declaration-trimestrielle-de-ressources = 季度收入申报（DTR）
    .explain = 领取 RSA 或就业补贴时，您每 3 个月必须向 CAF 申报收入。不申报，补助就会停发。
    .todo = CAF 一要求就马上申报。如果卡住了，请截屏保存并联系 CAF。

concept-declaration-de-situation = 情况申报
    .explain = 这是一张表格，您要告诉机构谁和您一起住、您住在哪里、您在做什么。它用来计算您的权利。

concept-changement-de-situation = 情况变化
    .explain = 任何变化都必须尽快告诉 CAF 或 CPAM（初级医疗保险局）：搬家、生孩子、同居、分开、工作。否则您可能需要退还钱。

concept-indu = 多领款项（indu）
    .explain = Indu 是您多领的钱。机构会要求您退还，通常从您以后的补助中扣除。
    .todo = 如果您不同意，请在信上写明的期限内提出友好复议。您也可以申请减免债务或分期偿还。

concept-remise-de-dette = 债务减免
    .explain = 如果您无力偿还，可以申请不还全部或部分多领款项。您也可以申请分几次还。

concept-rappel = 补发款（或提醒）
    .explain = Rappel 是机构欠您、后来一次性补发给您的钱。Rappel 也可以是提醒您某个日期的消息。

concept-paiement = 付款
    .explain = 付款是支付的钱，可以是付给您的，也可以是您付出的。在 CAF 账户中，这个页面显示已发放的补助。

concept-versement = 发放（转账到账）
    .explain = 发放就是把钱转到您的银行账户。CAF 一般在下个月 5 号发放上个月的补助。钱到账可能最多晚 3 天。

concept-droits = 权利
    .explain = 您的权利是法律允许您得到或去做的事。例如享受住房补助的权利。

concept-ouverture-de-droits = 开通权利（申请获批）
    .explain = 开通权利的意思是机构已经接受您的申请。从这一天起，您可以领取补助。

concept-fin-de-droits = 权利终止
    .explain = 这是某项补助停止的日期。请提前了解，因为有时可以申请另一种补助。

concept-attestation-de-paiement = 付款证明
    .explain = 这份文件证明您领取的补助和金额。租房、学校食堂或申请其他补助时会要求提供。
    .where = 在您的 CAF 账户的“attestations”（证明）栏目下载。

concept-simulation = 模拟计算
    .explain = 模拟计算会估算您能否领取某项补助以及金额。这不是申请：之后还要正式申请。

concept-controle = 核查
    .explain = 机构可以通过信件或上门核查您的申报。请在要求的期限内答复，并保存副本。

concept-suspension = 暂停发放
    .explain = 暂停的意思是补助暂时停发，通常是因为缺少某份文件或申报。
    .todo = 阅读消息，了解缺少什么，尽快寄出，并保存寄送证据。

concept-radiation = 除名
    .explain = 除名的意思是您被从名单上删除，例如求职者名单。您的补助可能会停发。
    .todo = 阅读来信，如果有错误请尽快提出异议。保存您办理手续的证据。

concept-rib = RIB（银行账户信息单）
    .explain = RIB 是银行出具的一张纸，上面有您的姓名和账户号码。要给您打钱时会要求提供它。
    .where = 在银行的手机应用里、支票簿里，或到银行柜台索取。

concept-iban = IBAN（国际银行账号）
    .explain = IBAN 是您银行账户的国际号码。在法国，它有 27 个字符，以 FR 开头。
    .where = 在您的 RIB 上，或在银行的手机应用里。

concept-bic = BIC（银行识别代码）
    .explain = BIC 是您银行的代码，由 8 或 11 个字母和数字组成。有时要和 IBAN 一起提供。
    .where = 在您的 RIB 上，IBAN 旁边。

concept-banque = 银行
    .explain = 银行把您的钱存在账户里。补助金会打到以您名字开的银行账户上。

concept-compte-bancaire = 银行账户
    .explain = 银行账户用来接收您的钱，例如工资或补助。它通常必须是以您的名字开的。

concept-droit-au-compte = 开户权
    .explain = 如果银行拒绝给您开户，法兰西银行（Banque de France）可以指定一家银行必须为您开户。这是免费的。

concept-cheque-energie = 能源券
    .explain = 能源券根据您的收入帮助支付电费、燃气费或取暖费。自 2025 年起，它不再总是自动寄来：有些人必须自己申请。请每年申报收入，并在 chequeenergie.gouv.fr 上查看当年的规定。

concept-aspa = ASPA（老年人互助补助）
    .explain = ASPA 是给收入低的老年人的补助金，一般从 65 岁开始。

concept-retraite = 退休金
    .explain = 退休金是您因年龄停止工作后每月领取的钱。金额取决于您工作的年数。

concept-ccas = CCAS（市镇社会福利中心）
    .explain = CCAS 是市政府的社会服务部门。它提供紧急援助，帮助办理手续，并可以为您提供托管地址。

concept-france-services = France Services（政务服务站）
    .explain = 在 France Services 服务站，工作人员免费帮您办理手续：CAF、税务、医疗、证件。很多城市都有。

concept-centre-social = 社区中心
    .explain = 社区中心是街区里对所有人开放的地方。通常可以在那里得到办理网上手续的帮助。

concept-travailleur-social = 社工
    .explain = 社工在您遇到困难时帮助您：住房、钱、证件、健康。您可以在市政府、省政府部门或协会见到社工。

concept-conseiller-numerique = 数字顾问
    .explain = 数字顾问帮助您使用电脑和互联网办理手续。

concept-aidants-connect = Aidants Connect（授权代办服务）
    .explain = Aidants Connect 让专业帮办人员在您书面同意后替您办理网上手续。由您选择代办哪些手续以及代办多长时间。

concept-interprete = 口译员
    .explain = 口译员在您和说法语的人之间进行口头翻译。请提前询问您的预约能否安排口译员。

## 医疗（Santé）

concept-assurance-maladie = 医疗保险（Assurance Maladie）
    .explain = 医疗保险支付您一部分医疗费用：看医生、药品、住院。它的网站叫 Ameli。

concept-securite-sociale = 社会保障（Sécurité sociale）
    .explain = 社会保障是法国应对疾病、养老和家庭负担的保障制度。它包括医疗保险和 CAF（家庭补助局）。

concept-ameli = Ameli（医疗保险网站）
    .explain = Ameli 是医疗保险的网站。在您的账户里，您可以查看报销情况，下载医保权利证明。

concept-cpam = CPAM（初级医疗保险局）
    .explain = CPAM 是医疗保险在您所在省的办公机构。它处理 Vitale 卡、AME（国家医疗救助）和互助补充医疗保险的申请。

concept-numero-de-securite-sociale = 社会保障号码（医保号）
    .explain = 这是您的个人医保号码：13 位数字加 2 位校验码。男性以 1 开头，女性以 2 开头。
    .where = 在您的 Vitale 卡和医保权利证明上。

concept-numero-provisoire = 临时号码（临时医保号）
    .explain = 如果您在国外出生，医疗保险会先给您一个临时号码，通常以 7 或 8 开头。核实您的民事身份信息后，才会发正式号码。
    .where = 在您的医保权利证明上。

concept-carte-vitale = Vitale 卡（医保卡）
    .explain = Vitale 卡是医疗保险的绿色卡片。在医生那里或药店出示它，报销会更快。

concept-attestation-de-droits = 医保权利证明
    .explain = 这份文件证明您有医疗保险。上面有您的社会保障号码和您的权利。
    .where = 在您的 Ameli 账户中下载，或向 CPAM 申请。

concept-assure = 参保人
    .explain = 参保人是以自己名字参加医疗保险的人。

concept-ayant-droit = 受益家属（ayant droit）
    .explain = 受益家属是由别人的保险覆盖的人，例如孩子由父母的保险覆盖。

concept-aide-medicale-d-etat = 国家医疗救助（AME）
    .explain = AME 为在法国住满 3 个月、收入低、没有居留证的人支付医疗费用。每年都要向 CPAM 申请。

concept-complementaire-sante-solidaire = 互助补充医疗保险（C2S）
    .explain = 互助补充医疗保险帮助支付医疗保险不报销的医疗费用。根据您的收入，它是免费的，或者每人每天不到一欧元。请在 Ameli 网站上或向您的 CPAM 申请。

concept-puma = PUMa（全民医疗保障）
    .explain = PUMa 为所有在法国工作、或稳定合法居住在法国的人提供医疗保险。它取代了 CMU。

concept-mutuelle = 补充医疗保险（mutuelle）
    .explain = 补充医疗保险支付医疗保险不报销部分中的一部分。一般要付费。低收入者的互助补充医疗保险（C2S）免费，或每人每天不到一欧元。

concept-medecin-traitant = 主治医生（家庭医生）
    .explain = 主治医生是您选来长期跟进您健康的医生。如果您不申报主治医生，报销会更少。

concept-medecin = 医生
    .explain = 医生为您看病，可以开处方或病假证明。

concept-ordonnance = 处方
    .explain = 处方是医生写的纸，列出药品或治疗。药店需要它。在法院，ordonnance 也指法官的裁定。

concept-remboursement = 报销
    .explain = 报销是医疗保险或补充医疗保险在您看病后退还给您的钱。您可以在 Ameli 账户里看到。

concept-feuille-de-soins = 医疗费用单（feuille de soins）
    .explain = 如果您没有 Vitale 卡，医生会给您一张医疗费用单。把它寄给您的 CPAM 才能报销。

concept-arret-de-travail = 病假（停工证明）
    .explain = 病假证明是医生开的文件，说明您因健康原因不能工作。请在 48 小时内寄给 CPAM 和雇主。

concept-indemnites-journalieres = 每日津贴（病假津贴）
    .explain = 这是病假期间医疗保险发放的钱。它替代一部分工资。

concept-tiers-payant = 第三方付费（免垫付）
    .explain = 有了第三方付费，医疗保险会把它负担的部分直接付给医生或药店。您只需付剩下的部分，除非您的补充保险（mutuelle）也直接支付。

concept-pass = 医疗救助门诊（PASS）
    .explain = PASS 是医院为没有医疗保险的人设立的服务。您在那里看病，并得到开通医保权利的帮助。

concept-affection-de-longue-duree = 长期疾病（ALD）
    .explain = ALD 是严重且长期的疾病，例如糖尿病。和这种疾病有关的治疗报销比例更高。

concept-certificat-medical = 医疗证明
    .explain = 医疗证明是医生写的关于您健康状况的文件。有些手续需要它，例如治病居留证。

concept-mon-espace-sante = Mon espace santé（我的健康空间）
    .explain = Mon espace santé 是网上的健康档案。如果您同意，您的医生可以把您的医疗文件放在里面。

concept-doctolib = Doctolib（预约看病网站）
    .explain = Doctolib 是一个私人网站，用来预约医生或医院。对病人免费。

concept-urgences = 急诊
    .explain = 医院急诊日夜处理严重的健康问题。遇到危及生命的紧急情况，请拨打 15 或 112。

concept-agence-regionale-de-sante = 大区卫生局
    .explain = 大区卫生局负责组织您所在大区的医疗卫生：医院、疫苗、预防。它不报销医疗费用。

## 税务（Impôts）

concept-impots = 税务（税款）
    .explain = 税款是交给国家或市镇的钱。即使不用交税，通常每年也要申报。

concept-impots-gouv = impots.gouv.fr（法国税务网站）
    .explain = 这是法国税务的官方网站。您在那里申报收入，查看您的纳税通知单。

concept-dgfip = DGFiP（公共财政总局）
    .explain = DGFiP 是法国的税务管理部门。

concept-numero-fiscal = 税号
    .explain = 税号是您在税务部门的个人号码，共 13 位数字。它是 impots.gouv.fr 的登录账号。
    .where = 在纳税通知单或收入申报表第一页的上方。

concept-numero-d-acces-en-ligne = 网上访问号码
    .explain = 这个号码用于第一次在 impots.gouv.fr 上创建账户。它每年都会变。
    .where = 在您最近一份收入申报表的第一页上，或在税务部门的来信中。

concept-avis-d-imposition = 纳税通知单
    .explain = 纳税通知单是您申报后税务部门寄来的文件。它写明您要交多少税，也可以作为收入证明。
    .where = 在 impots.gouv.fr 的个人空间，“Documents”（文件）栏目。

concept-avis-de-non-imposition = 免税通知单
    .explain = 这份文件说明您不需要交所得税。申请补助、社会住房或奖学金时经常需要它。现在起这个作用的是申报情况通知单（avis de situation déclarative）或纳税通知单（avis d’impôt）。

concept-avis-de-situation-declarative = 申报情况证明（ASDIR）
    .explain = 网上申报一完成，这份文件就能证明您已经申报了收入。在等待纳税通知单期间可以用它。

concept-revenu-fiscal-de-reference = 参考税收收入（RFR）
    .explain = 这是税务部门根据您的收入计算出的金额。很多补助和收费标准都用这个数字。
    .where = 在纳税通知单第一页，“vos références”（您的参考信息）框里。

concept-declaration-de-revenus = 收入申报（报税）
    .explain = 每年春天，您要向税务部门申报前一年赚的钱。即使收入很少或没有收入也要申报，因为通知单会用于申请补助。

concept-declaration-automatique = 自动申报
    .explain = 如果您的情况没有变化，税务部门会自动确认您的申报。不过还是请核对金额，需要时进行更正。

concept-declarant = 申报人
    .explain = 申报人是填写申报的人。已婚或签了 PACS 的夫妻，有申报人 1 和申报人 2。

concept-prelevement-a-la-source = 源头扣税
    .explain = 所得税每月直接从您的工资或收入中扣除。这就是源头扣税。

concept-taux-de-prelevement = 扣税税率
    .explain = 这是每月从您收入中扣去交税的百分比。它根据您最近一次申报计算。

concept-impot-sur-le-revenu = 所得税
    .explain = 所得税根据您一年中赚的钱计算。很多收入低的人不用交。

concept-revenu-imposable = 应税收入
    .explain = 这是您收入中用来计算所得税的那一部分。

concept-taxe-fonciere = 房地产税
    .explain = 房地产税由住房或土地的业主每年缴纳。租房的人不交。

concept-taxe-d-habitation = 居住税
    .explain = 主要住房已经不用交居住税了。第二套住房仍然要交。

concept-foyer-fiscal = 纳税家庭（税务户）
    .explain = 纳税家庭是同一份收入申报上的所有人：您、您的配偶或 PACS 伴侣、您的受抚养子女。

concept-part-fiscale = 税收份额
    .explain = 份额数取决于您的家庭：成年人和受抚养子女。份额越多，税越少。

concept-annee-de-revenus = 收入年度
    .explain = 这是您赚到所申报收入的那一年。一般申报的是前一年的收入。

concept-residence-fiscale = 税务居所
    .explain = 税务居所是您交税的国家，通常是您一年中大部分时间居住的国家。

concept-centre-des-finances-publiques = 公共财政中心（税务局）
    .explain = 这是您家附近的税务办公室。您可以在那里咨询关于申报的问题，通常需要预约。

concept-espace-particulier = 个人空间（税务网站）
    .explain = 这是您在 impots.gouv.fr 上的个人账户，现在叫作 « espace Finances publiques »。您在那里申报收入、查看通知单、给税务部门写信。

## 就业（Emploi）

concept-france-travail = France Travail（法国就业服务中心）
    .explain = France Travail 帮助找工作的人，并发放失业金。2024 年以前它叫 Pôle emploi。

concept-identifiant-france-travail = France Travail 登录号
    .explain = 这是您在 France Travail 登记时得到的号码。它用来登录，也用来给 France Travail 写信。
    .where = 在 France Travail 的来信上，以及登记时收到的邮件里。

concept-demandeur-d-emploi = 求职者
    .explain = 求职者是在 France Travail 登记找工作的人。

concept-inscription = 登记（注册）
    .explain = 登记是被记录在册的第一步手续，例如在 France Travail 登记。它让您可以得到帮助和补助金。

concept-actualisation = 每月更新（actualisation）
    .explain = 每个月，您要告诉 France Travail 您是否工作过、是否还在找工作。不更新，您的登记和补助金都会停止。
    .todo = 请在指定日期前完成，通常是在月底。保存确认信息或截屏。

concept-chomage = 失业
    .explain = 失业的意思是没有工作并且在找工作。符合条件的话，France Travail 会给您发钱。

concept-are = 失业补助金（ARE）
    .explain = ARE 是 France Travail 发放的失业金，条件是您失去了工作，并且之前工作时间足够长。例如被解雇、协议解除合同（rupture conventionnelle）或定期合同（CDD）结束后会发放。自己辞职的，只有某些情况下才可以。

concept-ass = 特别互助补助（ASS）
    .explain = 当您的失业金领完后，如果您以前工作时间足够长并且收入低，可以领取 ASS。2024 年和 2025 年曾有人提议取消它。请询问 France Travail，它对您是否仍然存在。

concept-conseiller = 顾问（负责人）
    .explain = 顾问是跟进您的档案、帮助您找工作的人。您可以通过站内信箱给他写信。

concept-attestation-employeur = 雇主证明
    .explain = 合同结束时，雇主必须给您这份文件。France Travail 需要它来计算您的失业金。

concept-bulletin-de-salaire = 工资单
    .explain = 这是雇主每月给您的工资单据。请一直保存，申请失业金、退休金和居留证时都要用。

concept-salaire = 工资
    .explain = 工资是雇主为您的工作支付的钱。税前工资（brut）是扣除社保费之前的，到手工资（net）是您实际收到的。

concept-contrat-de-travail = 劳动合同
    .explain = 劳动合同是您和雇主之间的书面协议：职位、工资、工作时间、期限。请保存一份副本。

concept-cdi = CDI（无固定期限劳动合同）
    .explain = CDI 是没有结束日期的劳动合同。

concept-cdd = CDD（固定期限劳动合同）
    .explain = CDD 是有结束日期的劳动合同。

concept-interim = 临时派遣工作
    .explain = 临时派遣是由派遣公司介绍、到客户企业做的短期工作。

concept-employeur = 雇主
    .explain = 雇主是让您工作并付给您工资的人或公司。

concept-entreprise = 企业
    .explain = 企业生产或销售东西。表格有时会要求填写它的官方信息，例如 SIRET 号码。

concept-societe = 公司
    .explain = 公司是由一个或几个人创立的一种企业形式，有名称和正式的规章。

concept-type-de-societe = 公司类型（法律形式）
    .explain = 这是企业的正式形式，例如 SARL、SAS 或个人企业。
    .where = 在 Kbis 摘要或 SIRENE 登记情况通知上。

concept-denomination = 企业名称
    .explain = 企业名称是登记注册的企业正式名称。
    .where = 在 Kbis 摘要或工资单上。

concept-numero-de-siret = SIRET 号码（企业机构编号）
    .explain = SIRET 是企业某个经营场所的号码，共 14 位数字。它可以用来识别企业。
    .where = 在您工资单的上方，或企业的发票上。

concept-numero-siren = SIREN 号码（企业编号）
    .explain = SIREN 是企业的号码，共 9 位数字。它就是 SIRET 的前 9 位。

concept-extrait-kbis = Kbis 摘要（企业注册证明）
    .explain = Kbis 摘要是在商业登记处登记的企业的正式身份证明。

concept-fonction = 职务（在公司中的职位）
    .explain = 职务是您在企业里的职位，例如经理、售货员或清洁工。

concept-representant-legal = 法定代表人
    .explain = 法定代表人以企业的名义正式行事，通常是经理或董事长。对孩子来说，法定代表人一般是父母。

concept-micro-entrepreneur = 微型企业主（自雇者）
    .explain = 微型企业主按简单的规则自己经营。他每月或每季度向 URSSAF 申报营业额。

concept-urssaf = URSSAF（社会保险费征收机构）
    .explain = URSSAF 向雇主和自雇人员征收社会保险费。微型企业主在那里申报收入。

concept-offre-d-emploi = 招聘启事
    .explain = 招聘启事是雇主招人做某份工作而发布的广告。

concept-cv = CV（简历）
    .explain = 简历是一份简短的文件，介绍您的学历、工作经验和技能。

concept-formation = 职业培训
    .explain = 培训是学习一门职业或一项技能的课程。France Travail 可以帮您找到培训。

concept-contrat-d-engagement-jeune = 青年承诺合同（CEJ）
    .explain = CEJ 帮助 26 岁以下、没有工作也没有上学或培训的年轻人，提供跟进辅导和补助金。

concept-licenciement = 解雇
    .explain = 解雇是雇主决定结束劳动合同。它必须遵守规定，雇主还必须给您合同结束的相关文件。

## 证件与文件（ANTS、市政府）（Documents et titres）

concept-ants = ANTS（国家安全证件管理局）
    .explain = ANTS 从 2024 年起改名为 France Titres，负责身份证、护照、驾照和车辆登记证（carte grise）的网上手续。

concept-carte-nationale-d-identite = 法国国民身份证（CNI）
    .explain = 国民身份证是法国人的身份证件。外国人使用护照或居留证。

concept-piece-d-identite = 身份证件
    .explain = 这是带有您照片、证明您身份的官方文件：护照、身份证或居留证。

concept-permis-de-conduire = 驾照
    .explain = 驾照允许您驾驶车辆。相关手续在 ANTS 网站上办理。

concept-neph = NEPH 号码（驾照档案号）
    .explain = NEPH 是您驾照的档案号。办理驾照相关手续时，网站会要求提供。
    .where = 在驾校给您的文件上，或在您的驾照上。

concept-echange-de-permis = 驾照换领
    .explain = 如果您持有欧盟以外国家的驾照，有时必须把它换成法国驾照。通常要在拿到第一张居留证后一年内申请。

concept-code-ephoto = ePhoto 代码（数字照片代码）
    .explain = 这是一个把您的数字照片和您的申请连在一起的代码。网站要求提供它，代替纸质照片。
    .where = 在照相亭或 ANTS 认证照相馆给您的照片纸上。

concept-photo-d-identite = 证件照
    .explain = 照片必须是 6 个月内拍摄的，正面、闭嘴、浅色背景。可以戴眼镜，但眼睛要看得清楚，不能是有色镜片，也不能反光。请去照相馆或经认证的照相亭拍摄。

concept-certificat-d-immatriculation = 车辆登记证（行驶证）
    .explain = 车辆登记证也叫 carte grise（灰卡），是车辆的正式文件。上面有车牌号和车主姓名。

concept-pre-demande = 网上预申请
    .explain = 预申请是在去市政府办理身份证或护照之前在网上填写的。您会得到一个号码，预约时要提供。

concept-mairie = 市政府（市政厅）
    .explain = 市政府是您所在市镇的办公机构。它出具民事身份证明（出生、结婚等），并受理身份证和护照的申请。

concept-empreintes-digitales = 指纹
    .explain = 指纹是您手指尖上的纹路。办理护照、身份证或居留证时会采集指纹。

concept-timbre-fiscal = 税票（timbre fiscal）
    .explain = 税票用来缴纳办理证件的费用：居留证、护照、签证。可以在网上或烟草店购买。
    .where = 在 timbres.impots.gouv.fr 网站或烟草店。请保存税票号码。

concept-declaration-de-perte = 遗失申报
    .explain = 如果您的证件丢了或被偷了，请进行申报。申请新证件时需要这份申报。

concept-attestation = 证明
    .explain = 证明是证实某项信息的文件，例如您的权利、一笔付款或您的地址。

concept-copie = 复印件
    .explain = 复印件是文件的复制品。请一直保留原件，在允许的情况下交复印件。

concept-compte-rendu = 报告（记录）
    .explain = “Compte rendu”是讲述发生了什么的文字。例如，医生在检查后写一份报告。

concept-original = 原件
    .explain = 原件是真正的文件，不是复印件。预约时经常会要求您带原件以便核对。

concept-scanner = 扫描
    .explain = 扫描的意思是把纸质文件变成电子文件。用手机拍一张清晰的照片通常也可以。

concept-traduction = 翻译（翻译件）
    .explain = 外文文件通常必须翻译成法语。官方证明文件必须由宣誓翻译（traducteur assermenté）翻译。

concept-legalisation = 认证（领事认证或海牙认证）
    .explain = 认证（légalisation）或海牙认证（apostille）证明外国文件是真实的。要用哪一种取决于出具文件的国家。

concept-en-cours-de-validite = 在有效期内
    .explain = 在有效期内的证件，还没有超过它的截止日期。

concept-courrier = 信件（邮寄）
    .explain = 信件是通过邮局寄送的信。所有重要信件请保存副本和寄出证明。

concept-lettre-recommandee = 挂号信
    .explain = 这是通过邮局寄出、带有寄出和签收证明的信。重要信件请用挂号信寄，例如申诉信。

concept-accuse-de-reception = 收件回执（accusé de réception）
    .explain = 回执证明行政部门确实收到了您的申请。请保存好，它证明您办理手续的日期。

concept-notification = 正式通知
    .explain = 正式通知是告诉您一项决定或新情况的官方消息。申诉期限从通知日期开始计算。

## 预约（Rendez-vous）

concept-rendez-vous = 预约
    .explain = 预约是约定好日期和时间去见工作人员。很多行政部门只接待有预约的人。

concept-prendre-rendez-vous = 进行预约
    .explain = 预约的意思是在网站上选择一个有空的日期和时间。之后您会收到一份确认，请保存好。

concept-creneau = 时段
    .explain = 时段是您可以选择的一个空闲预约时间。

concept-plage-horaire = 时间段
    .explain = 时间段是一段可以预约的时间，例如 9 点到 12 点。

concept-aucun-creneau-disponible = 没有可预约的时段
    .explain = 网站说现在没有空闲的预约。这不是您的错，这种情况可能持续好几个星期。
    .todo = 在不同的日子和时间再试，每次都截屏并保留日期。这些证据可以让您书面申请预约，然后通过紧急审理程序（référé）向法官申请。

concept-annuler-un-rendez-vous = 取消预约
    .explain = 如果您不能去，请取消预约，把名额让出来。请使用确认邮件中的链接。

concept-modifier-un-rendez-vous = 更改预约
    .explain = 更改预约的意思是选择另一个日期或时间。注意，原来的预约可能会失去。

concept-confirmation-de-rendez-vous = 预约确认
    .explain = 这是证明您已预约的消息，上面有日期、时间和地点。请打印出来或保存在手机上。

concept-liste-d-attente = 等候名单
    .explain = 您被登记在一个名单上，有空位时行政部门会联系您。

concept-delai = 期限（等待时间）
    .explain = Délai 是需要等待的时间，或者您办理某件事的时限。请遵守信件上写的期限。

concept-reponse-automatique = 自动回复
    .explain = 这是电脑发出的消息，不是人写的。不要回复这个地址，请使用指定的表格或地址。

## 错误与提示信息（Erreurs et messages）

concept-message-d-erreur = 错误提示
    .explain = 错误提示说明有问题让您无法继续。它通常是红色的，在需要改正的栏目旁边或页面上方。
    .todo = 阅读提示，改正指出的栏目后再试。如果您看不懂错误，请截屏给帮助您的人看。

concept-erreur-technique = 技术错误
    .explain = 网站出了问题，不是您造成的。您的申请可能没有发出去。
    .todo = 截屏并保留日期和时间，然后稍后再试。如果错误再次出现，请写信给行政部门，要求用其他方式办理手续。

concept-service-indisponible = 服务暂不可用
    .explain = 网站现在无法使用。这不是您的错。
    .todo = 截屏并保留日期，稍后再试。如果持续很久，请保存截屏：它们证明您尝试过。

concept-maintenance = 系统维护
    .explain = 网站因技术维护而暂停。一般几个小时后会恢复。
    .todo = 请稍后再来，通常是在写明的时间之后。如果截止日期快到了，请截屏保存，证明网站当时关闭。

concept-page-introuvable = 页面不存在
    .explain = 这个页面地址不存在或已经不存在了。链接可能太旧或写错了。
    .todo = 回到网站首页，通过菜单查找您要办的手续。检查浏览器上方的网址。

concept-erreur-500 = 500 错误（服务器错误）
    .explain = 网站的服务器出了问题。这不是您的错。
    .todo = 截屏并保留日期，稍后再试。如果错误再次出现，请把截屏发给行政部门报告问题。

concept-acces-refuse = 拒绝访问
    .explain = 网站不让您查看这个页面。您可能没有登录，或者这个页面只对特定的人开放。
    .todo = 登录后再试。如果问题持续，请截屏并联系行政部门。

concept-reessayer-plus-tard = 请稍后再试
    .explain = 网站要求您等一会儿再试。问题通常出在网站。
    .todo = 记下时间或截屏，然后在一天中的其他时间再试。

concept-dossier-incomplet = 材料不全
    .explain = 您的档案缺少一份文件或一项信息。在材料补齐之前，行政部门无法审查。
    .todo = 阅读缺少材料的清单，在写明的日期前寄出。保存寄送证据。

concept-piece-manquante = 缺少的材料
    .explain = 要求的某份文件没有寄出，或者没有被接受。
    .todo = 在您的账户中添加要求的文件，或者把它寄出。如果您拿不到这份文件，请书面说明原因。

concept-format-non-valide = 格式无效
    .explain = 信息或文件不符合网站要求的写法。例如日期、电子邮箱地址，或文件类型不对。
    .todo = 查看输入框下面或示例中的要求格式，然后改正。文件请保存为 PDF 或 JPG。

concept-fichier-trop-volumineux = 文件太大
    .explain = 您的文件超过了网站接受的大小。
    .todo = 把文件变小：用较低质量或黑白扫描，或者使用压缩工具。然后重新添加。

concept-champ-obligatoire-non-rempli = 必填项未填写
    .explain = 您有一个必须填写的格子空着。
    .todo = 找到用红色标出的栏目，填好后再确认提交。

concept-identifiant-ou-mot-de-passe-incorrect = 用户名或密码错误
    .explain = 网站不认识您的用户名或密码。只要错一个字母或大小写就不行。
    .todo = 检查大小写和用户名，然后再试。错了几次后，请使用“Mot de passe oublié”（忘记密码），以免账户被锁。

concept-compte-bloque = 账户被锁定
    .explain = 网站锁定了您的账户，通常是因为密码输错太多次。
    .todo = 等待提示的时间，或使用“Mot de passe oublié”（忘记密码）。如果还是不行，请联系行政部门并保存截屏。

concept-trop-de-tentatives = 尝试次数过多
    .explain = 您在短时间内试了太多次。网站暂时挡住了您。
    .todo = 等一会儿再试，通常是几分钟或几个小时。如果这让您无法办理手续，请截屏保存。

concept-session-expiree = 登录已过期
    .explain = 您在网站上太久没有操作，为了安全，网站让您退出了登录。没有保存的内容可能已经丢失。
    .todo = 重新登录，再做一遍。事先准备好文件，可以更快完成。

concept-lien-expire = 链接已失效
    .explain = 邮件里收到的链接不能用了，通常是因为太旧或已经用过。
    .todo = 在网站上重新申请一个新链接，然后尽快点击。

concept-code-incorrect = 验证码错误
    .explain = 输入的验证码不对，或者已经失效。
    .todo = 检查数字，或者申请一个新验证码并尽快输入。

concept-adresse-electronique-deja-utilisee = 电子邮箱已被使用
    .explain = 已经有一个账户使用这个电子邮箱，可能是您自己或帮助过您的人创建的。
    .todo = 试着登录，或点击“Mot de passe oublié”（忘记密码）。如果这个账户不是您的，请联系行政部门。

concept-mot-de-passe-trop-faible = 密码强度太弱
    .explain = 您的密码不符合网站的规则：长度、大写字母、数字、特殊字符。
    .todo = 阅读输入框下面的规则，选择一个更长、包含所有要求字符类型的密码。

concept-mots-de-passe-differents = 两次输入的密码不一致
    .explain = 您输入的两个密码不完全相同。
    .todo = 在两个输入框里重新输入同一个密码。“Afficher”（显示）按钮可以帮助您核对。

concept-demande-deja-en-cours = 已有申请正在办理
    .explain = 网站发现您已经有一个同类申请。您不能再申请第二个。
    .todo = 在您的账户里跟进现有的申请。如果这是错误，请附上截屏写信给行政部门。

concept-dossier-cloture = 档案已关闭
    .explain = 行政部门关闭了您的档案。这可能是错误，也可能是因为缺少文件。
    .todo = 请截屏保存，并尽快写信给行政部门询问原因。如果迟迟没有答复，请联系协会、权利保护专员（Défenseur des droits）或律师。

concept-navigateur-non-compatible = 浏览器不兼容
    .explain = 网站和您用来上网的程序不能很好地配合。
    .todo = 更新您的浏览器，或者换一个浏览器试试，例如 Firefox 或 Chrome。

concept-echec-du-paiement = 付款失败
    .explain = 钱没有付成功，例如购买税票时。您的银行卡可能没有被扣款。
    .todo = 再次付款之前，先查看您的银行账户。保存截屏和付款邮件。

## 住房（Logement）

concept-logement = 住房
    .explain = 住房是您居住的地方。网站会问您是租客、业主、借住还是没有住房。

concept-locataire = 租客（承租人）
    .explain = 租客付房租，住在属于别人或某个机构的房子里。

concept-bailleur = 房东（出租人）
    .explain = 房东是把房子租给您的人或机构。社会住房房东（bailleur social）管理社会住房。

concept-proprietaire = 所有人（业主）
    .explain = 所有人是拥有某样东西的人，例如一处住房。如果您是自己住房的所有人，住房就是您的。

concept-loyer = 房租
    .explain = 房租是为了住这套房子每月付给房东的钱。

concept-charges-locatives = 租户杂费
    .explain = 杂费用来支付楼里的服务，例如水费或清洁维护。它通常加在房租上。

concept-quittance-de-loyer = 房租收据
    .explain = 房租收据是房东开的、证明您已付房租的单据。它可以用作住址证明。

concept-bail = 租房合同
    .explain = 租房合同是租客和房东之间的合同。它写明房租、租期和规定。

concept-etat-des-lieux = 房屋状况清单（入住／退房检查）
    .explain = 房屋状况清单记录入住和退房时房子的状况。签字前请仔细检查。

concept-depot-de-garantie = 押金
    .explain = 这是入住时付给房东的一笔钱。退房时房东会还给您，扣除有正当理由的维修费用。

concept-garant = 担保人
    .explain = 担保人承诺在您付不起房租时替您付。Visale 是一种免费的担保，可以代替担保人。如果 Visale 替您付了房租，您之后必须把钱还给它。

concept-assurance-habitation = 住房保险
    .explain = 租客必须为住房投保，防范火灾或漏水等损失。房东每年都会要求提供保险证明。

concept-logement-social = 社会住房（HLM）
    .explain = 社会住房的房租比较低，是给收入不高的人的。由一个委员会选择租客。

concept-demande-de-logement-social = 社会住房申请
    .explain = 申请社会住房后，您会收到一个唯一编号（numéro unique）。每年都要续期申请，否则申请会被取消。
    .where = 唯一编号在申请登记证明上。

concept-dalo = DALO（可诉住房权）
    .explain = 如果您等社会住房等得太久，或者住房条件很差，DALO 让您可以向一个委员会申请。如果委员会认定您的申请为优先，国家必须给您提供住房。但这仍然可能需要时间。

concept-expulsion = 驱逐（强制搬离）
    .explain = 驱逐是在法官判决后强制租客离开住房。一般来说，每年 11 月 1 日到 3 月 31 日禁止驱逐。
    .todo = 尽快联系社工、ADIL（省住房信息局）或协会。回复法官寄来的所有信件。

concept-hebergement-d-urgence = 紧急住宿
    .explain = 如果您流落街头，请拨打 115，免费，全天 24 小时。他们会为您找一个睡觉的地方。

## 教育（Scolarité）

concept-parcoursup = Parcoursup（高等教育录取平台）
    .explain = Parcoursup 是高中毕业会考（bac）后申请高等教育学位的网站。它有严格的时间表。

concept-inscription-scolaire = 入学注册
    .explain = 在法国，所有 3 到 16 岁的孩子都必须上学，即使没有合法证件。小学的入学注册在市政府办理。

concept-bourse = 助学金（奖学金）
    .explain = 助学金是根据家庭收入发放的学习补助。

concept-crous = Crous（大学生事务中心）
    .explain = Crous 帮助大学生：助学金、学生宿舍、大学食堂。

concept-certificat-de-scolarite = 在读证明
    .explain = 这份文件证明一名学生已在学校注册。CAF 或省政府可能会要求提供。
    .where = 向学校秘书处索取，或在学校的网上空间下载。

concept-ine = INE（学生全国识别号）
    .explain = INE 是中小学生或大学生的个人号码，共 11 个字符。Parcoursup 和大学会要求提供。
    .where = 在成绩单或高中毕业会考成绩单上。

concept-diplome = 文凭（学历证书）
    .explain = 文凭证明您完成了学业。表格可能会问您的最高学历。

concept-reconnaissance-de-diplome = 学历认证
    .explain = 外国文凭可以得到一份证明，说明它相当于法国的哪个水平。这对工作或学习有帮助。

concept-cours-de-francais = 法语课
    .explain = 法语课帮助您学习法语。有了共和国融入合同（CIR），OFII 可以为您支付法语课费用。

