### Relais — translation memory, Simplified Chinese (zh-Hans): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = 切换为超级管理员
tm-passer-en-usager = 切换为用户
tm-passer-en-instructeur = 切换为审理人员（instructeur）
tm-passer-en-expert = 切换为专家
tm-passer-en-gestionnaire = 切换为管理组负责人
tm-se-deconnecter = 退出登录

## ds: components attachment

tm-reessayer = 重试
tm-supprimer-le-fichier = 删除文件 { $file }
tm-plusieurs-fichiers-possibles = 可以添加多个文件。
tm-remplacer-le-fichier = 替换文件 { $file }
tm-le-format-pdf-est-generalement-le = .PDF 格式通常最方便，因为在所有设备上都能轻松阅读。
tm-virus-detecte-merci-denvoyer-un-autre = 检测到病毒，请发送另一个文件。
tm-le-fichier-est-corrompu-merci-denvoyer = 文件已损坏，请发送另一个文件。
tm-ajoutee-le = 添加于 { $date }
tm-modifiee-le = 修改于 { $date }
tm-le-traitement-de-votre-piece-jointe = 您的附件处理时间比预期长。
tm-le-traitement-de-vos-pieces-jointes = 您的这些附件处理时间比预期长。
tm-cela-ne-vous-empeche-pas-de = 如果您愿意，这并不妨碍您提交档案。
tm-chargement-de-fichier = 正在加载文件
tm-virus-detecte-le-telechargement-est = 检测到病毒，下载已被阻止。
tm-apercu-non-disponible = 无法预览

## ds: components autosave_notice_component

tm-formulaire-en-erreur = 表单有错误

## ds: components dossiers

tm-adresse = 地址
tm-pays = 国家
tm-autres-informations-sur-lorganisme-sur = ➡ 在“annuaire-entreprises.data.gouv.fr”上查看该机构的其他信息
tm-brouillon-enregistre-avec-succes = 草稿已成功保存
tm-attention-impossible-denregistrer-le = 注意: 无法保存草稿。
tm-vos-modifications-sont-automatiquement = 您的修改会自动保存。
tm-deposez-les-quand-vous-aurez-termine = 完成后请提交这些修改。
tm-modifications-enregistrees-avec-succes = 修改已成功保存
tm-annotations-enregistrees-avec-succes = 批注已成功保存
tm-attention-impossible-denregistrer-les = 注意: 无法保存批注。
tm-commune = 市镇（commune）
tm-les-dossiers-ont-ete-supprimes-vous = 这些档案已被删除。由于以下原因，您无法再恢复它们：
tm-vous-avez-supprime-votre-dossier = 您已删除您的档案。
tm-deposer-le-dossier = 提交档案
tm-deposer-les-modifications = 提交修改
tm-pourquoi-je-ne-peux-pas-deposer = 为什么我不能提交我的档案？
tm-verifier-le-dossier = 检查档案
tm-envoi-en-cours = 正在发送……
tm-en-tant-quinvite-vous-pouvez-remplir = 作为受邀人，您可以填写此表单，但档案所有人必须亲自提交。
tm-des-modifications-nont-pas-encore-ete = 有修改尚未提交
tm-vous-avez-apporte-des-modifications = 您在提交档案后进行了修改。请提交这些修改，以便行政部门予以考虑。
tm-continuer-a-modifier = 继续修改
tm-votre-dossier-contient-1-champ-en = 您的档案中有 1 个字段填写错误
tm-votre-dossier-contient-champs-en-erreur = 您的档案中有 { $n } 个字段填写错误
tm-corrigez-la-pour-poursuivre = 请改正该错误后继续：
tm-corrigez-les-pour-poursuivre = 请改正这些错误后继续：
tm-plus-dinformations = 更多信息
tm-moins-dinformations = 收起信息
tm-votre-identite = 您的身份信息
tm-vous-agissez-en-tant-que-mandataire = 您正在以代理人（mandataire）身份办理，可能是出于职业（如会计师、律师、公务人员……），也可能是出于个人原因（家人）。请确保遵守以下条款规定的条件
tm-articles-1984-et-suivants-du-code = 《民法典》第 1984 条及其后各条。
tm-identite-du-beneficiaire = 受益人身份信息
tm-vous-ne-pouvez-pas-deposer-votre = 您不能提交您的档案
tm-repondre = 回复
tm-invite = 受邀人
tm-supprimer-le-message = 删除消息
tm-supprimer-la-demande-de-correction-et = 删除修改要求和此消息
tm-supprimer-le-message-en-attente-de = 删除等待回复的消息
tm-etes-vous-sur-de-vouloir-supprimer = 您确定要删除此消息吗？
tm-email-automatique = 自动邮件
tm-vous = 您
tm-message-supprime = 消息已删除
tm-non-lu = 未读
tm-usager = 用户
tm-vous-devez-effectuer-les-modifications = 您必须通过修改档案来完成所要求的修改。
tm-modifier-le-dossier = 修改档案
tm-cree-depuis-le = 创建日期自
tm-depose-depuis-le = 提交日期自
tm-appliquer-les-filtres = 应用筛选条件
tm-reinitialiser-les-filtres = 重置筛选条件
tm-selectionner-un-filtre = 选择筛选条件
tm-1-filtre-actif = 1 个有效筛选条件
tm-filtres-actifs = { $n } 个有效筛选条件
tm-supprimer-1-filtre-actif = 移除 1 个有效筛选条件
tm-selectionner-un-statut = 选择状态
tm-afficher-les-dossiers-par-demarche = 按手续显示档案
tm-afficher = 显示

## ds: components dsfr

tm-telecharger-le-fichier = 下载文件
tm-ce-lien-est-ephemere-et-ne = 此链接是临时的，不应分享给他人。
tm-afficher-le-mot-de-passe = 显示密码
tm-afficher-la-confirmation-du-mot-de = 显示确认密码
tm-ladresse-electronique-semble-erronee = 电子邮箱地址似乎有误
tm-vouliez-vous-ecrire = 您是否想写：
tm-recherche-en-cours-pour-le-siret = 正在查询 SIRET { $value }……
tm-au-capital-social-de = { $name } { $forme_juridique }，注册资本 { $amount }
tm-donnee-remplie-automatiquement = 数据已自动填写。
tm-une-erreur-est-survenue-lors-de = 分析您的文档时出错。如果您确定您的文件没有问题，请忽略此消息。
tm-masquer-le-message = 隐藏消息

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = 门牌号和街道名称，或地名
tm-une-erreur-est-survenue-lors-de-2 = 搜索时出错
tm-une-erreur-est-survenue-lors-de-3 = 搜索时出错。如果问题持续存在，请勾选“我在建议中找不到我的地址”（“Je ne trouve pas mon adresse dans les suggestions”）并继续。
tm-ville = 城市
tm-exemple-london = 示例: London
tm-ville-ou-commune = 城市或市镇
tm-renseignez-le-nom-ou-le-code = 请填写城市名称或邮政编码，然后在列表中选择市镇。示例: Strasbourg
tm-code-postal = 邮政编码
tm-je-ne-trouve-pas-mon-adresse = 我在建议中找不到我的地址
tm-saisissez-une-adresse-une-voie-un = 请输入地址、街道、地名或市镇。示例: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = 搜索地址以使地图居中
tm-commencez-a-saisir = 开始输入
tm-ajouter-un-point-sur-la-carte = 在地图上添加一个点
tm-exemple = 示例：
tm-afficher-votre-position-sur-la-carte = 在地图上显示您的位置
tm-ajouter-le-point-avec-les-coordonnees = 用输入的坐标在地图上添加点
tm-ajouter-un-fichier-gpx-ou-kml = 添加 GPX 或 KML 文件
tm-supprimer-le-fichier-2 = 删除文件
tm-modification-a-deposer = 待提交的修改
tm-information-champ-actualise-par = 信息: 该字段已由行政部门更新。请检查其内容。
tm-la-taille-maximale-conseillee-est-de = 建议的最大长度为 { $n } 个字符。
tm-le-numero-dallocataire-caf = CAF 补助领取人号码
tm-il-est-generalement-compose-de-7 = 通常由 7 位数字组成。
tm-le-code-postal = 邮政编码
tm-il-est-generalement-compose-de-5 = 通常由 5 位数字组成。
tm-numero-daccreditation = 认证编号
tm-format-jj-mm-aaaa = 格式: DD/MM/YYYY（日/月/年）
tm-le-numero-fiscal = 税号
tm-il-est-generalement-compose-de-13 = 通常由 13 或 14 个字符组成。
tm-la-reference-davis-dimposition = 纳税通知单编号（référence d’avis d’imposition）
tm-elle-est-generalement-composee-de-13 = 通常由 13 或 14 个字符组成。
tm-identifiant-national-etudiant-il-est = 全国学生识别号。通常由字母和数字组成。
tm-identifiant = 识别号
tm-il-est-generalement-compose-de = 通常由字母和数字组成。
tm-ajouter-un-element-supplementaire-a = 向“{ $name }”再添加一项
tm-supprimer = 删除 { $name } { $n }
tm-aucune-fondation-trouvee = 未找到基金会
tm-ce-rnf-correspond-a = 此 RNF 对应: { $name }, { $address }
tm-il-vous-reste-caracteres = 您还可以输入 { $n } 个字符。
tm-vous-avez-atteint-la-taille-maximale = 您已达到建议的最大长度。
tm-oui = 是

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = 显示所有错误

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = 密码可以接受。您可以确认…… 或改进您的密码。
tm-mot-de-passe-vulnerable = 密码强度弱。
tm-mot-de-passe-tres-vulnerable = 密码强度非常弱。
tm-pour-un-mot-de-passe-securise = 为了密码安全，请避免使用连续的字符或重复相同的字符。例如，您可以选择一句容易记住的话（含空格）。

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = 点击此链接，登录新地址。
tm-nous-avons-detecte-une-erreur-reseau = 我们检测到网络错误，无法将您重定向到该地址。请联系您的信息技术部门，允许访问 demarche.numerique.gouv.fr。

## ds: errors

tm-nest-pas-dun-type-accepte = 不是可接受的类型
tm-est-trop-lourd-e-le-fichier = 太大。文件大小不得超过 { $amount }。

## ds: devise

tm-demander-un-nouveau-mot-de-passe = 申请新密码
tm-vous-etes-connecte-e-vous-pouvez = 您已登录！您可以随时在不同身份之间切换: { $roles }。
tm-vous-etes-maintenant-deconnecte-e = 您现在已退出登录。

## ds: users

tm-votre-compte-a-deja-ete-active = 您的账户已激活。

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE 目前无法访问，企业信息将在几小时内到达。

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = 如果您是人类，请将此字段留空

## ds: clipboard

tm-copie = 已复制

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = 请在以下位置查找答案：
tm-contact-technique = 技术联系人
tm-envoyez-nous-un-message-a = 请发送消息至 { $email }。
tm-besoin-daide-pour-remplir-votre-dossier = 需要帮助填写您的档案吗？

## ds: utils

tm-nombre-a-virgule = 小数
tm-nombre-entier = 整数
tm-liste-a-choix-multiple = 多选列表
tm-deconnexion = 退出登录
tm-pieces-jointes = 附件
tm-les-champs-suivis-dun-asterisque = 标有星号（ 必填 ）的字段为必填项。
tm-facultatif = （选填）
tm-envoyer-le-message = 发送消息
tm-nouvel-onglet = 新标签页

## ds: skiplinks

tm-acces-rapide = 快速访问
tm-contenu = 内容

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = 当出现自动补全结果时，请使用上下方向键在结果列表中移动。按 Enter 键选择一个结果。按 Esc 键关闭结果列表。
tm-aucun-resultat = 没有结果
tm-1-resultat = 1 个结果
tm-resultats = 个结果

## ds: layouts

tm-un-outil-simple-pour-gerer-les = 一个管理在线行政表单的简单工具。
tm-mon-compte = 我的账户
tm-revenir-en-arriere = 返回
tm-revenir-en-arriere-sur-le-site = 返回我的行政部门网站
tm-menu-principal = 主菜单
tm-mes-dossiers = 我的档案
tm-consulter-mon-dossier = 查看我的档案
tm-jai-une-question = 我有一个问题
tm-aller-a-la-page-daccueil = 前往首页

## ds: views

tm-creation-de-compte-sur = 在 { $name } 上创建账户
tm-se-creer-un-compte-avec-une = 使用电子邮箱地址创建账户
tm-adresse-electronique = 电子邮箱地址
tm-mot-de-passe-caracteres-minimum = 密码（至少 { $n } 个字符）
tm-avant-deffectuer-votre-demarche-nous = 在您办理手续之前，我们需要验证您的电子邮箱地址 { $email }。
tm-ouvrez-votre-boite-email-et-cliquez = 请打开您的邮箱，点击您收到的邮件中的激活链接。
tm-renvoyer-un-email-de-confirmation = 重新发送确认邮件
tm-lautorisation-de-vient-detre-revoquee = 刚刚撤销了 { $email } 的授权。您可以邀请其他人。
tm-vous-ne-pouvez-pas-revoquer-cette = 您不能撤销此授权
tm-inviter-une-personne-a-modifier-ce = 邀请他人修改此档案
tm-gestion-des-invites = 管理受邀人
tm-les-invites-ont-le-droit-de = 受邀人有权查看和修改您的档案。
tm-ajouter-un-invite = 添加受邀人
tm-envoyer-une-invitation = 发送邀请
tm-revoquer-lacces = 撤销访问权限
tm-aucun-invite-ne-peut-voir-et = 目前没有任何受邀人可以查看和修改此档案。
tm-1-personne-invitee = 1 位受邀人
tm-personnes-invitees = { $n } 位受邀人
tm-une-fois-le-dossier-complet-vous = 档案填写完整后，您需要亲自提交。
tm-dernier = 最后一页
tm-precedent = 上一页
tm-premier = 第一页
tm-lusager-a-supprime-son-compte = （该用户已删除其账户）
tm-cordialement = 此致，
tm-modifie-par-lusager-le = 用户于 { $date } 修改
tm-passe-en-instruction-le = 于 { $date } 进入审理
tm-accepte-le = 于 { $date } 获批准
tm-classe-sans-suite-le = 于 { $date } 不予处理并结案
tm-telecharger-lattestation = 下载证明
tm-votre-dossier-est-enregistre = 每次修改后，您的档案都会自动保存。您可以随时关闭窗口，稍后从上次中断的地方继续。
tm-envoyer-et-marquer-le-dossier = 发送并标记档案
tm-en-attente-de-reponse = 等待答复
tm-votre-message-obligatoire = 您的消息（必填）
tm-ecrivez-votre-message-a-l-administration = 请在此处填写您给行政部门的消息
tm-identite-du-demandeur = 申请人身份信息
tm-identite-du-mandataire = 代理人身份信息
tm-sections-du-formulaire = 表单各部分
tm-modifier-le-siret = 修改 SIRET
tm-lusager-a-pris-connaissance-de-la = 用户已于 { $agreement } 知悉对其档案作出的决定。
tm-identifier-votre-etablissement = 识别您的机构
tm-civilite = 称谓
tm-nom = 姓
tm-renseignez-le-numero-de-siret-de = 请填写您的企业、机构或协会的 SIRET 号码，以开始办理手续。
tm-pour-trouver-votre-numero-siret-utilisez = 要查找您的 SIRET 号码，请使用 { $annuaire_link }，或向您的会计部门咨询。
tm-continuer = 继续
tm-merci = 谢谢！
tm-votre-dossier-sur-la-demarche = 您在以下手续中的档案
tm-a-bien-ete-envoye = 已成功发送。
tm-vous-avez-desormais-acces-a-votre = 您现在可以访问您的
tm-dossier-en-ligne = 在线档案。
tm-vous-pouvez = 您可以
tm-le-modifier = 修改档案
tm-et = 以及
tm-echanger-avec-un-instructeur = 与审理人员沟通。
tm-telecharger-mon-dossier = 下载我的档案
tm-telecharger-mon-attestation = 下载我的证明
tm-suivi-de-votre-dossier = 您的档案进度
tm-votre-dossier = 您的档案
tm-dossier-n = 档案编号 { $n }
tm-en-brouillon-depuis-le = - 自 { $date } 起为草稿
tm-dossier-pdf = dossier-{ $n }.pdf（档案的 PDF 文件）
tm-brouillon = 草稿
tm-votre-dossier-est-en-cours-dinstruction = 行政部门正在审理您的档案。您已不能再修改。
tm-votre-dossier-est-soumis-au-cadre = 您的档案适用“Silence Vaut Accord”（沉默即同意）法律框架
tm-votre-dossier-est-soumis-au-cadre-2 = 您的档案适用“Silence Vaut Rejet”（沉默即拒绝）法律框架
tm-termine = 已完成
tm-vous-avez-une-question-utilisez-la = 有问题吗？请使用站内信箱直接联系行政部门。
tm-motivation = 理由：
tm-attestation = 证明：
tm-votre-dossier-a-ete-accepte = 您的档案已获批准
tm-motif-de-lacceptation = 批准理由
tm-votre-dossier-a-ete-refuse = 您的档案被拒绝
tm-envoyer-un-message-a-ladministration = 给行政部门发送消息
tm-dernier-message = 最新消息
tm-votre-prochain-rendez-vous = 您的下一次预约
tm-voir-mon-rendez-vous-sur-rdv = 在 RDV Service Public 上查看我的预约
tm-modifier-le-dossier-vous-pouvez-modifier = 修改档案 - 只要档案尚未进入审理，您就可以修改
tm-rechercher-un-dossier-par-n-de = 搜索档案（按档案编号、关键词……）
tm-rechercher-un-dossier-par-n-de-2 = 搜索档案（按档案编号、姓 / 名、关键词……）
tm-saisissez-votre-recherche = 输入搜索内容
tm-resultat-de-la-recherche-pour = “{ $search_terms }”的搜索结果
tm-et-pour-la-procedure = 以及手续“{ $name }”
tm-dossier-numero = 档案编号 { $n }
tm-ladministration-ne-traitera-plus-votre = 行政部门将不再处理您的申请。
tm-dossier-n-2 = 档案编号
tm-ne-correspond-aux-termes-recherches = 不符合搜索条件
tm-ne-correspond-aux-filtres-selectionnes = 不符合所选筛选条件
tm-cette-demarche-est-close-vous-ne = 此手续已关闭 您不能提交此档案。请在取代它的 { $link } 上提交新档案。
tm-cette-demarche-est-close-vous-ne-2 = 此手续已关闭 您不能提交此档案，也不能为此手续提交新档案。{ $link }
tm-cette-demarche-est-close-votre-dossier = 此手续已关闭 您的档案已成功提交，行政部门可以对其进行审理。如有需要，您可以在取代它的 { $link } 上提交新档案。
tm-cette-demarche-est-close-votre-dossier-2 = 此手续已关闭 您的档案已成功提交，行政部门可以对其进行审理。您不能为此手续提交新档案。{ $link }
tm-cette-demarche-est-close-votre-dossier-3 = 此手续已关闭 行政部门已处理完您的档案。如有需要，您可以在取代它的 { $link } 上提交新档案。
tm-cette-demarche-est-close-votre-dossier-4 = 此手续已关闭 行政部门已处理完您的档案。您不能为此手续提交新档案。{ $link }
tm-nouvelle-demarche-disponible = 有新的手续可用
tm-cette-demarche = 此手续
tm-ce-dossier-attend-vos-corrections = 此档案等待您的更正 请在编号 { $n } 的档案的站内信箱中查看需要进行的修改。
tm-ce-dossier-attend-votre-reponse = 此档案等待您的答复
tm-consultez-la-messagerie-du-dossier = 请查看编号 { $n } 的档案的站内信箱，并答复行政部门。
tm-cree-le = 创建于 { $date }
tm-mis-a-la-corbeille-automatiquement-le = 因已达到最长保存期限，已于 { $date } 自动移入回收站
tm-commencer-un-nouveau-dossier = 开始新的档案
tm-dupliquer-le-dossier = 复制档案
tm-voulez-vous-vraiment-mettre-a-la = 您确定要将此档案移入回收站吗？
tm-en-continuant-vous-allez-supprimer-ce = 如果继续，您将删除此档案、其中包含的信息，以及将其转移给 { $email } 的请求。任何删除都会导致正在办理的手续被取消。确认删除吗？
tm-continuer-a-remplir = 继续填写
tm-restaurer = 恢复
tm-restaurer-et-etendre-la-conservation-du = 恢复编号 { $id } 的档案并延长其保存期限（{ $duree_conservation_dossiers_dans_ds } 个月）
tm-autres-actions = 其他操作
tm-le-support-technique = 技术支持
tm-une-demande-de-transfert-est-en = 编号 { $n } 的档案有一项转移给 { $email } 的请求正在进行中
tm-une-demande-de-transfert-par-le = 编号 { $n } 的档案有一项由技术支持发起、转移给 { $email } 的请求正在进行中
tm-demande-de-transfert-par-le-support = 技术支持发起的转移请求：{ $email } 的编号 { $n } 的档案
tm-accepter = 接受
tm-refuser = 拒绝
tm-connexion-a = 登录 { $name }
tm-mot-de-passe-oublie = 忘记密码？
tm-trouvez-votre-demarche = 查找您的手续
tm-vous-etes-agent-de-la-fonction = 您是国家公务人员吗？
tm-accedez-a-notre-page-dediee = 访问我们的专门页面
tm-se-connecter-avec-son-compte = 使用您的账户登录
tm-si-vous-voyez-cette-page-trop = 如果您经常看到此页面，请查看我们的帮助。
tm-changement-de-mot-de-passe = 更改密码
tm-changer-le-mot-de-passe = 更改密码
tm-si-un-compte-existe-avec-ladresse = 如果存在使用 { $email } 地址的账户，我们已向您发送一封重置密码的邮件。
tm-vous-navez-pas-recu-lemail = 您没有收到邮件吗？
tm-verifiez-la-boite-indesirables-ou-spam = 请检查您邮箱中的垃圾邮件文件夹。
tm-vous-etes-vous-connecte-avec-france = 您以前是否用 France Connect 登录过？如果是，请再次用 France Connect 尝试。
tm-le-compte-a-pu-etre-supprime = 如果长期不活动且没有正在办理的档案，账户可能已被删除。这种情况下，您需要从某项手续重新创建账户。
tm-lien-de-reinitialisation-du-mot-de = 重置密码的链接已发送
tm-attention-ce-courriel-peut-mettre-jusqua = 注意，这封邮件可能需要最多 15 分钟才能送达。
tm-en-cas-de-difficultes-nous-restons = 如遇困难，您仍可以通过此表单联系我们。

## ds: modal

tm-publier-la-demarche = 发布手续
tm-reactiver-la-demarche = 重新启用手续
tm-vous-vous-appretez-a-publier-votre = 您即将向公众发布您的手续。
tm-vous-vous-appretez-a-reactiver-votre = 您即将重新启用您的手续。
tm-publier = 发布

## ds: activerecord

tm-la-nouvelle-adresse-electronique = 新的电子邮箱地址
tm-numero-siret = SIRET 号码
tm-la-demarche-est-mise-en-uvre = 此手续的实施方
tm-valeur-du-champ = 字段的值
tm-lobjet-genere-sera-tronque-sil-depasse = 生成的主题如果超过 100 个字符将被截断。
tm-est-invalide-saisissez-un-numero-de = 无效。请输入有效的电话号码。示例: 0612345678
tm-nest-pas-un-lien-valide = 不是有效的链接
tm-aucun-resultat-ne-correspond-a-votre = 没有与您的搜索相符的结果。
tm-trop-de-demandes-nous-reessayons-pour = 请求过多。我们正在为您重试。
tm-erreur-du-serveur-nous-reessayons-pour = 服务器错误。我们正在为您重试。
tm-service-indisponible-nous-reessayons = 服务不可用。我们正在为您重试。
tm-la-demande-a-pris-trop-de = 请求时间过长。我们正在为您重试。
tm-probleme-de-connexion-nous-reessayons = 连接问题。我们正在为您重试。
tm-resultat-introuvable-verifiez-vos = 未找到结果。请检查您的信息。
tm-non-autorise-connectez-vous-pour = 未授权。请登录以继续。
tm-invitation-deja-envoyee = : 邀请已发送
tm-votre-lien-de-nouveau-mot-de = : 您的新密码链接已过期。请重新申请一个。
tm-nest-pas-assez-complexe-saisir-un = 不够复杂。请输入更复杂的密码
tm-les-deux-mots-de-passe-ne = : 两次输入的密码不一致
tm-ne-peut-etre-identique-a-lancienne = 不能与原来的相同。请输入其他电子邮箱地址
tm-est-deja-utilise-par-une-demarche = 已被某项手续使用。您不能使用它，因为它属于另一位管理员。
tm-nest-pas-valide-il-doit-comporter = 无效。必须至少包含 3 个字符、最多 200 个字符，且只允许使用 a-z、0-9、'_' 和 '-' 字符。
tm-ne-peut-pas-etre-utilise-car = 不能使用，因为这是该手续的最后一个链接。
tm-doit-posseder-13-ou-14-caracteres = 必须为 13 或 14 个字符
tm-doit-etre-dans-les-options-proposees = 必须是所提供的选项之一
tm-doit-etre-un-nom-de-region = 必须是有效的大区名称
tm-doit-etre-un-code-de-region = 必须是有效的大区代码
tm-doit-etre-un-nom-de-departement = 必须是有效的省名称
tm-doit-etre-un-code-de-departement = 必须是有效的省代码
tm-doit-etre-un-code-depci-du = 必须是对应省份的 EPCI 代码
tm-doit-etre-un-nom-depci-du = 必须是对应省份的 EPCI 名称
tm-doit-etre-un-entier = 必须是整数

## ds: errors

tm-le-champ = 字段“{ $attribute }”{ $message }
tm-le-dossier-nexiste-pas-ou-vous = 该档案不存在，或您无权访问。
tm-ce-lien-dinvitation-nest-plus-valable = 此邀请链接已失效，或该档案已无法访问。
tm-une-erreur-est-survenue-lors-de-4 = 连接 FranceConnect 时出错。请重试。
tm-seul-e-s-les-usagers-peuvent = 只有用户可以通过 France Connect 登录。如果您是审理人员或管理员，请重置您的密码。
tm-desole-la-recuperation-des-informations = 抱歉，暂时无法获取 SIRET 信息。请稍后再试。
tm-nous-navons-pas-trouve-detablissement = 我们没有找到与此 SIRET 号码对应的机构。
tm-lexpression-reguliere-que-vous-avez = 您输入的正则表达式可能有风险，可能导致性能问题
tm-lexemple-doit-correspondre-a-lexpression = 示例必须符合所提供的正则表达式
tm-doit-etre-un-nombre-superieur-ou = 必须是大于或等于 { $n } 的数字
tm-doit-etre-un-nombre-inferieur-ou = 必须是小于或等于 { $n } 的数字
tm-doit-etre-une-date-dans-le = 必须是过去的日期
tm-doit-etre-une-date-comprise-entre = 必须是 { $start_date } 至 { $end_date } 之间的日期
tm-doit-etre-une-date-superieure-ou = 必须是等于或晚于 { $date } 的日期
tm-doit-etre-une-date-inferieure-ou = 必须是等于或早于 { $date } 的日期
tm-doit-comprendre-entre-1-et-3 = 小数点后必须有 1 至 3 位数字
tm-doit-etre-une-date-correctement-formatee = 必须是格式正确的日期
tm-doit-etre-une-date-et-heure = 必须是格式正确的日期和时间
tm-doit-etre-rempli = 必须填写
tm-votre-session-a-ete-renouvelee-merci = 您的会话已更新。请从此页面重新执行此操作。

## ds: users

tm-ce-dossier-est-depose-sur-une = 此档案提交在一个测试中的手续上。管理员对该手续的任何修改（添加字段、发布手续...）都会导致此档案被删除。
tm-votre-dossier-ne-peut-plus-etre = 您的档案已不能再修改
tm-completez-lidentification-de = 请完成机构识别以继续。
tm-votre-dossier-a-bien-ete-duplique = 您的档案已成功复制。现在您可以检查、调整，然后提交。
tm-linstruction-de-votre-dossier-a-commence = 您的档案已开始审理，不能再删除。如果您想取消审理，请通过您档案的站内信箱联系行政部门。
tm-votre-dossier-a-bien-ete-mis = 您的档案已移入回收站
tm-le-dossier-n-est-pas-correctement = 档案填写不正确。
tm-votre-dossier-a-bien-ete-restaure = 您的档案已恢复
tm-aucun-etablissement-nest-associe-a-ce = 没有机构与此档案关联
tm-identite-enregistree = 身份信息已保存
tm-attestation-de-depot = 申请提交证明
tm-dossier-depose-le = 档案提交日期
tm-etat-du-dossier = 档案状态
tm-depose-en-attente-dexamen-par = 已提交，等待行政部门审查
tm-refuse = 已拒绝
tm-classe-sans-suite = 不予处理并结案
tm-service-administratif = 行政部门
tm-fait-le = { $date } 制作，
tm-obtenir-une-attestation-de-depot-de = 获取档案提交证明
tm-dossier-n-en-corbeille = 档案编号 { $n } - 在回收站中
tm-vous-pouvez-retrouver-ce-dossier-depuis = 您可以在账户的回收站标签页中找到此档案。目前无法查看。
tm-ce-dossier-a-ete-mis-a = 此档案已按您的要求移入回收站: 您仍可以恢复它。
tm-si-ce-dossier-a-ete-mis = 如果此档案是按您的要求移入回收站的: 您仍可以恢复它。
tm-si-ce-dossier-a-ete-mis-2 = 如果此档案因已达到最长保存期限而被自动移入回收站: 我们建议您尽快下载，以免被永久删除。
tm-dossier-n-supprime-definitivement = 档案编号 { $n } - 已永久删除
tm-vous-ne-pouvez-plus-recuperer-ce = 由于以下原因之一，您无法再恢复此档案：
tm-il-a-ete-mis-a-la = 它已按您的要求移入回收站，之后被自动删除。
tm-il-a-ete-supprime-car-son = 它因已达到最长保存期限而被删除。
tm-vous-pouvez-retrouver-lensemble-des = 您可以在“已删除档案历史”（“Historique des dossiers supprimés”）页面找到您账户中所有已删除的档案（草稿“BROUILLON”除外）。

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = 您的 FranceConnect 账户使用 { $email } 作为联系邮箱。
tm-souhaitez-vous-lutiliser-pour-recevoir = 您是否希望用它接收有关您档案进展的通知？
tm-valider = 确认
tm-veuillez-nous-fournir-ladresse = 请提供用于联系您的电子邮箱地址
tm-oui-utiliser-comme-adresse-electronique = 是，使用 { $email } 作为联系电子邮箱地址
tm-non-utiliser-une-autre-adresse = 否，使用其他电子邮箱地址
tm-fusion-des-comptes-franceconnect-et = 合并 FranceConnect 账户和 { $name } 账户
tm-bonjour-votre-compte-franceconnect = 您好，您的 FranceConnect 账户使用 { $email } 作为联系电子邮箱地址。但是 { $name } 上已有一个使用该电子邮箱地址的账户。
tm-pour-les-fusionner-entrez-votre-mot = 如需合并，请输入您的密码
tm-fusionner-les-comptes = 合并账户
tm-utiliser-cette-adresse-electronique = 使用此电子邮箱地址
tm-nous-venons-de-vous-envoyer-le = 我们刚刚向您发送了确认邮件，请点击邮件中的链接以合并您的账户
tm-le-lien-de-confirmation-a-expire = 确认链接已过期。新的确认链接已通过电子邮件发送给您。
tm-une-erreur-inattendue-est-survenue = 发生意外错误。如果问题持续存在，请联系技术支持。
tm-vous-avez-ete-deconnecte-de-votre = 您已退出之前的账户。请再次点击确认链接。
tm-utilisateur-non-trouve = 未找到用户
tm-les-comptes-franceconnect-et-sont-a = FranceConnect 账户和 { $name } 账户现已合并

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = 您可以在以下地址下载您的证明: { $link }
tm-pour-obtenir-le-detail-de-cette = 如需了解此次决定变更的详情，您可以联系以下部门: { $name }。
tm-a-ete-refuse-le = 已于 { $date } 被拒绝
tm-le-motif-de-refus-est-le = 拒绝理由如下：

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = 您的部分手续未填写部门的 SIRET。请修改。
tm-certaines-de-vos-demarches-nont-pas = 您的部分手续没有关联的部门。
tm-ajouter-un-service-a-la-demarche = 为手续 { $n } 添加部门
tm-temps-de-remplissage-estime-min-variable = 预计填写时间: { $n } 分钟（视所选选项而定）
tm-quels-sont-les-delais-dinstruction-pour = 此手续的审理期限是多久？
tm-liste-des-pieces-en-fonction-de = 根据您的情况所需的材料清单
tm-le-sva-ou-silence-vaut-accord = SVA，即“Silence Vaut Accord”（沉默即同意），是一项法律原则，规定了行政部门未答复时申请的处理方式: 如果您的档案完整，申请将在期限届满后自动获得批准。
tm-le-svr-ou-silence-vaut-rejet = SVR，即“Silence Vaut Rejet”（沉默即拒绝），是一项法律原则，规定了行政部门未答复时申请的处理方式: 如果您的档案完整，申请将在期限届满后自动被拒绝。

## ds: layouts

tm-super-admin = 超级管理员

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = 请填写门牌号和街道名称，或地名
tm-renseigner-la-ville-ou-commune = 请填写城市或市镇
tm-renseigner-un-code-postal = 请填写邮政编码
tm-format-attendu-jj-mm-aaaa = 要求的格式: DD/MM/YYYY（日/月/年）。
tm-format-attendu-jj-mm-aaaa-hh = 要求的格式: DD/MM/YYYY HH:MM（日/月/年 时:分）。
tm-format-attendu-un-numero-de-dossier = 要求的格式: 在 { $name } 上提交的档案编号
tm-ne-doit-pas-contenir-de-caracteres = 不得包含特殊字符
tm-doit-faire-au-moins-caracteres = 必须至少有 { $n } 个字符
tm-doit-faire-moins-de-caracteres = 必须少于 { $n } 个字符
tm-est-invalide-saisissez-un-numero-iban = 无效。请输入有效的 IBAN 号码。示例（法国）: FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = 示例（法国）: FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = 您可以选择一个或多个选项。

## ds: activemodel

tm-region-code-region = 大区及大区代码

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = 要求的格式: 有效的电话号码。示例: 0612345678
tm-doit-commencer-par-un-w-majuscule = 必须以大写字母 W 开头，后跟 9 个数字或字母。示例: W503726238
tm-le-numero-rna-saisi-ne-correspond = 输入的 RNA 号码 { $value } 不对应任何机构，请输入有效的 RNA 号码
tm-une-erreur-reseau-a-empeche-lassociation = 由于网络错误，未能找到与此 RNA 关联的协会，请稍后再试
tm-numero-rna = RNA 号码
tm-nom-de-lassociation = 协会名称
tm-objet-de-lassociation = 协会宗旨
tm-date-de-creation = 成立日期
tm-date-de-publication = 发布日期
tm-format-attendu-un-w-majuscule-suivi = 要求的格式: 大写字母 W 后跟 9 个数字或字母。示例: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf }（未找到基金会）
tm-numero-rnf = RNF 号码
tm-mise-a-jour-le = 更新于
tm-comporte-une-erreur-de-saisie-corrigez = 有输入错误。请改正。
tm-ne-correspond-pas-a-un-etablissement = 不对应任何现有机构
tm-dossier-supprime = 档案已删除
tm-demande-de-lusager = 用户的申请
tm-suppression-dune-demarche = 删除手续
tm-numero-de-dossier = 档案编号
tm-etat = 状态
tm-demande-de-correction = 修改要求
tm-pour-vous = 为您本人
tm-pour-un-beneficiaire-membre-de-la = 为受益人: 家庭成员、亲友、委托人、负责跟进档案的专业人员……
tm-a-corriger = 待更正
tm-dossier-non-modifie = 档案未修改
tm-demande-de-correction-annulee = 修改要求已取消
tm-reponse-donnee = 已答复
tm-le-dossier-nest-pas-valide-et = 档案无效，需要更正
tm-le-dossier-doit-etre-mis-a = 档案需要更新并重新确认
tm-depose-depuis-longtemps = 提交已久
tm-depose-depuis-j = { $days } 天前提交
tm-expire-bientot = 即将到期
tm-expire-dans-j = { $days } 天后到期
tm-bientot-supprime = 即将删除
tm-suppression-dans-j = { $days } 天后删除
tm-message = 消息
tm-annotation-privee = 私人批注
tm-ladresse-electronique = 电子邮箱地址{ $message }
tm-est-invalide = 无效
tm-parcelle-agricole = 农业地块
tm-selection-utilisateur = 用户选择
tm-ne-peut-pas-etre-vide = 不能为空
tm-nest-pas-un-geojson-valide = 不是有效的 GeoJSON
tm-contient-des-coordonnees-invalides = 包含无效坐标，请使用 WGS84 坐标系

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = 地块编号 { $n } - 图幅 { $prefixe } { $section } - { $surface } 平方米 – 市镇 { $commune }
tm-parcelle-n-hectares = 地块编号 { $n } - { $surface } 公顷
tm-une-aire-de-surface-m2 = 面积为 { $area } 平方米的区域
tm-une-aire-de-surface-inconnue = 面积未知的区域

## ds: activerecord

tm-doit-etre-different-de-celui-du = 必须与代理人的不同
tm-notifier-le-beneficiaire = 通知受益人：
tm-pas-de-notification = 不通知
tm-votre-dossier-n-est-en-train = 您的编号 { $n } 的档案正在重新审查（{ $name }）

## ds: activemodel

tm-annee = 年份
tm-depuis-le-debut = 从一开始
tm-en = （{ $year } 年）
tm-nombre-de-demarches = 手续数量
tm-nombre-de-demarches-publiees-ou-closes = 已发布或已关闭的手续数量 { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = 该档案由一个 FranceConnect 账户提交。
tm-le-dossier-a-ete-depose-par-2 = 该档案由 { $name } 的账户提交。
tm-le-service-traitant-na-pas-ete = 负责部门未能在“Silence Vaut Rejet”（沉默即拒绝）规则规定的期限内处理您的申请。
tm-expirera-le-mois-apres-le-depot = 将于 { $date } 到期（档案提交后 { $n } 个月）
tm-ce-dossier-est-en-instruction-il = 此档案正在审理中，不会到期
tm-expirera-le-mois-apres-le-traitement = 将于 { $date } 到期（档案处理后 { $n } 个月）
tm-expirera-le-mois-apres-le-traitement-2 = 将于 { $date } 到期（档案处理后 { $n } 个月）
tm-la-recuperation-automatique-des-donnees = 正在自动获取补助领取人编号 { $numero_allocataire }、邮政编码 { $code_postal } 的数据。
tm-des-donnees-concernant-liees-au-compte = 已从 CAF 收到与账户编号 { $numero_allocataire }、邮政编码 { $code_postal } 关联的有关 { $sources } 的数据。
tm-donnees-obtenues-de-la-caisse-nationale = 来自 Caisse nationale d’allocations familiales（全国家庭补助局）的数据
tm-la-recuperation-automatique-des-donnees-2 = 正在自动获取申报人编号 { $numero_fiscal }、通知单编号 { $reference_avis } 的数据。
tm-des-donnees-concernant-liees-au = 已从 DGFiP 收到与申报人编号 { $numero_fiscal }、通知单编号 { $reference_avis } 关联的有关 { $sources } 的数据。
tm-donnees-obtenues-de-la-direction = 来自 Direction générale des Finances publiques（公共财政总局）的数据
tm-la-recuperation-automatique-des-donnees-3 = 正在自动获取识别号 { $identifiant } 的数据。
tm-des-donnees-concernant-liees-a = 已从 Pôle emploi 收到与识别号 { $identifiant } 关联的有关 { $sources } 的数据。
tm-donnees-obtenues-de-pole-emploi = 来自 Pôle emploi 的数据
tm-des-donnees-concernant-liees-a-line = 已从 MESRI 收到与 INE { $ine } 关联的有关 { $sources } 的数据。
tm-donnees-obtenues-du-mesri = 来自 MESRI 的数据
tm-entrer-une-autre-option = 输入其他选项

## ds: carte

tm-deploiement-par-departement = 按省份推广情况
tm-quelle-carte-souhaitez-vous = 您想要哪张地图？

## ds: views

tm-selectionnez = 请选择

## ds: activerecord

tm-votre-adresse-electronique = 您的工作电子邮箱地址
tm-sujet = 主题

## ds: contact

tm-votre-question = 您的问题
tm-notre-reponse = 我们的答复
tm-une-capture-decran-peut-nous-aider = 截屏可以帮助我们更容易地找到需要改进的地方。
tm-une-capture-decran-peut-nous-aider-2 = 截屏可以帮助我们更容易地找出问题。
tm-taille-maximale-autorisee-200-mo-formats = 允许的最大大小: 200 MB。支持的格式: jpg、png、pdf。
tm-contactez-nous-via-ce-formulaire-et = 请通过此表单联系我们，我们会尽快答复您。请尽可能多地提供信息，以便我们更好地帮助您。
tm-jai-un-probleme-lors-du-remplissage = 我在填写档案时遇到问题
tm-avez-vous-bien-verifie-que-tous = 您是否已确认所有必填字段（ * ）都已填写？如果您对需要填写的信息有疑问，请联系负责该手续的部门（FAQ）。
tm-jai-une-question-sur-linstruction-de = 我对档案的审理有疑问
tm-si-vous-avez-des-questions-sur = 如果您对档案的审理有疑问（例如关于期限），请通过您的站内信箱直接联系审理您档案的部门（FAQ）。如果您想就网站的技术问题提问，请使用下方的表单。我们无法向您提供有关档案审理的信息。
tm-jai-une-idee-damelioration-pour-votre = 我有一个改进网站的建议
tm-une-idee-pensez-a-consulter-notre = 有想法吗？请查看我们的改进看板: 为您认为优先的改进投票，提出您自己的想法。
tm-nous-vous-invitons-a-contacter = 请联系负责您手续的行政部门，让其告诉您应使用的链接。该链接应类似于: { $base_url }/commencer/NOM_DE_LA_DEMARCHE。您也可以在这里查看我们最常用的手续列表（许可、detr 等）。
tm-autre-sujet = 其他主题
tm-votre-message-a-ete-envoye-sur = 您的消息已发送到您档案的站内信箱。
tm-votre-message-a-ete-envoye = 您的消息已发送。
tm-la-piece-jointe-doit-etre-un = 附件必须是一个文件

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = 负责您在手续“{ $name }”中的档案的行政部门给您发来一条新消息。
tm-pour-consulter-le-message-et-y = 要查看并回复该消息，请点击下方按钮：
tm-si-vous-souhaitez-repondre-a-ce = 如果您想回复此消息，请通过以下地址直接联系行政部门: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = 如果您想回复此消息，请使用本邮件底部的联系方式直接联系行政部门。
tm-lire-le-message = 阅读消息
tm-vous-avez-commence-a-remplir-un = 您已开始为手续“{ $name }”填写档案。
tm-vous-pouvez-retrouver-et-completer-votre = 点击下方按钮，即可找到并补全您的档案：
tm-vous-pouvez-deposer-votre-dossier = 您最晚可在 { $before } 提交档案。
tm-afficher-votre-dossier = 显示您的档案
tm-vous-devez-corriger-votre-dossier-n = 您必须更正您的编号 { $n } 的档案“{ $name }”
tm-afin-de-poursuivre-son-instruction-un = 为继续审理，一位审理人员要求您对手续“{ $name }”中编号 { $n } 的档案进行更正。
tm-afin-de-commencer-son-instruction-un = 为开始审理，一位审理人员要求您补全手续“{ $name }”中编号 { $n } 的档案。
tm-consultez-la-messagerie-de-votre-dossier = 请查看您档案的站内信箱，了解需要进行的修改，然后直接在网站上修改档案。
tm-ouvrir-la-messagerie = 打开站内信箱
tm-vous-avez-une-demande-de-transfert = 您有一项待处理的转移请求。
tm-afin-de-pouvoir-accepter-ou-refuser = 要接受或拒绝该请求，您必须登录 { $name }：
tm-acceder-a-la-demande-de-transfert = 查看转移请求
tm-afin-de-pouvoir-accepter-ou-refuser-2 = 要接受或拒绝该请求，您必须有一个账户：
tm-se-creer-un-compte-sur = 在 { $name } 上创建账户
tm-vous-adresse-une-demande-de-transfert = { $name } 向您发送了转移 { $n } 份档案的请求。
tm-vous-adresse-une-demande-de-transfert-2 = { $name } 向您发送了转移编号 { $n } 的档案的请求，所属手续为

## ds: layouts

tm-accueil-liste-des-demarches = 首页 - 手续列表
tm-vous-etes-ici = 您的位置
tm-voir-le-fil-dariane = 显示导航路径
tm-previsualiser-le-formulaire = 预览表单
tm-previsualiser-les-annotations = 预览批注
tm-depuis-le = 自 { $date } 起
tm-publiee = 已发布
tm-en-test = 测试中
tm-a-modifier = 待修改
tm-pour-plus-dinformation-sur-la-phase = 有关测试阶段的更多信息
tm-consulter-la-faq = 查看常见问题（FAQ）
tm-suivi-des-dossiers = { $name } – 档案跟进
tm-modifier-le-lien-de-la-demarche = 修改手续的链接
tm-pour-vous-adresser-a-votre = 如需联系您的行政部门，请直接使用
tm-page-de-contact = 联系页面：
tm-horaires = 办公时间：
tm-consultez-laide-en-ligne = 查看在线帮助
tm-consultez-la-page-de-contact-de = 查看行政部门的联系页面
tm-lequipe = 团队
tm-nous-vous-informons-que-le-dossier = 特此通知，由 { $mandataire_first_name } { $mandataire_last_name } 以您的名义填写的编号 { $dossier_id } 的档案，所属手续为
tm-a-ete-classe-sans-suite-le = 已于 { $date } 不予处理并结案。
tm-a-ete-rendue = 已作出。

## ds: root

tm-effectuer-une-demarche-administrative-en = 在线办理行政手续
tm-vous-souhaitez-effectuer-une-demande = 您想向行政部门提出申请吗？
tm-realisez-vos-demandes-en-toute = 轻松提交申请，在线查找您的档案
tm-comment-trouver-ma-demarche = 如何找到我的手续？
tm-dossiers-deposes = 份已提交的档案
tm-reduction-des-delais-de-traitement = 处理期限缩短
tm-une-question-un-probleme = 有问题或遇到困难？
tm-la-reponse-est-dans-laide-en = 答案就在在线帮助中
tm-administration-vous-voulez = 行政部门: 您想将手续电子化吗？

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect 是国家提供的解决方案，使登录您的在线服务更加安全、简便。
tm-sidentifier-avec = 登录方式：
tm-ou = 或
tm-vous-avez-deja-un-compte = 您已有账户吗？
tm-jai-deja-un-compte = 我已有账户
tm-creer-un-compte = 创建账户
tm-votre-adresse-electronique-nest-pas = 您的电子邮箱地址尚未验证，因此您将收不到 { $name } 的消息。请查看您的收件箱并点击验证链接。您没有收到邮件吗？
tm-telecharger-le-modele = 下载模板

## ds: commencer

tm-commencer-la-demarche = 开始办理手续
tm-vous-avez-deja-des-dossiers-pour = 您在此手续中已有档案
tm-voir-mes-dossiers-en-cours = 查看我正在办理的档案
tm-vous-avez-un-dossier-prerempli = 您有一份预先填写的档案
tm-vous-etes-prete-a-poursuivre-un = 您可以继续手续“{ $name }”中一份预先填写的档案，该档案开始于 { $time } 前。
tm-vous-avez-deja-commence-a-remplir = 您已开始填写一份档案
tm-il-y-a-vous-avez-depose = { $time } 前，您在手续“{ $name }”中提交了一份档案。
tm-poursuivre-mon-dossier-prerempli = 继续我的预先填写档案
tm-continuer-a-remplir-mon-dossier = 继续填写我的档案
tm-voir-mon-dossier-depose = 查看我已提交的档案
tm-vous-souhaitez-effectuer-une-demande-par = 您想用纸质方式提出申请吗？您可以下载 PDF 格式的空白档案，寄给相关行政部门: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = 下载 PDF 格式的空白档案
tm-vos-derniers-dossiers-crees = 您最近创建的 { $n } 份档案：
tm-n-cree-il-y-a = 编号 { $n }，创建于 { $date } 前，{ $state }
tm-la-demarche-est-close-depuis-le = 手续 { $name } 已于 { $date } 关闭

## ds: users

tm-vous-vous-appretez-a-transferer-le = 您即将把由 { $name } 于 { $date } 提交的、状态为 { $state } 的编号 { $n } 的档案转移到另一位用户的账户。
tm-envoyer-la-demande-de-transfert = 发送转移请求
tm-linvitation-au-transfert-a-ete-envoyee = 转移邀请已成功发送
tm-la-demande-de-transfert-a-ete = 转移请求已成功删除
tm-la-demarche-liee-a-votre-dossier = 与您档案关联的手续已被删除
tm-la-demarche-liee-a-votre-dossier-2 = 与您档案关联的手续已关闭
tm-vous-pouvez-toujours-consulter-votre = 您仍可以查看您的档案，但已不能再修改。
tm-votre-dossier-a-ete-traite-par = 行政部门已处理完您的档案，无法进行任何操作
tm-vous-pouvez-toujours-consulter-votre-2 = 您仍可以查看您的档案，但行政部门不会处理它
tm-voir-la-demarche = 查看手续
tm-une-nouvelle-demarche-est-disponible = 有新的手续可用，请在此查看：
tm-pour-plus-dinformations-veuillez-vous = 如需更多信息，请联系 { $name } 部门，电话 { $service_phone_number }，或发送电子邮件至 { $email }
tm-votre-dossier-est-en-attente-de = 您的档案正在等待行政部门受理。最长受理期限为 { $n } 个月。不过，您可以点击下方按钮延长此期限。
tm-conserver-mois-supplementaire = 再保存 { $n } 个月
tm-cadre-juridique = 法律框架
tm-retention-et-archivage-des-donnees-mois = 数据保留和存档: { $n } 个月
tm-texte-cadrant-la-demande-dinformation = 规范此信息收集的文本
tm-contacter-le-delegue-a-la-protection = 联系数据保护官
tm-dematerialisation = 电子化
tm-trouver-une-maison-france-services = 查找 France Services 服务站
tm-profil = 个人资料
tm-nouvelle-adresse-electronique = 新的电子邮箱地址
tm-votre-adresse-electronique-actuelle = 您当前的电子邮箱地址
tm-changer-mon-adresse = 更改我的地址
tm-transferer-tous-vos-dossiers = 转移您的所有档案
tm-cette-fonctionnalite-vous-permet-de = 此功能让您可以更改您所有档案的所有人。通常在更换岗位或想合并多个账户时使用。
tm-adresse-electronique-du-prochain = 您所有档案的下一位所有人的电子邮箱地址
tm-le-nouveau-proprietaire-doit-confirmer = 新所有人 { $email } 必须按照其邮件中收到的说明确认一份档案的转移。
tm-le-nouveau-proprietaire-doit-confirmer-2 = 新所有人 { $email } 必须按照其邮件中收到的说明确认您的 { $n } 份档案的转移。
tm-confirmez-vous-le-transfert = 您确认转移吗？
tm-transferer-tous-mes-dossiers = 转移我的所有档案
tm-changement-en-attente = 待处理的更改：
tm-doit-sassurer-que-votre-compte-est = { $name } 必须确保您的账户用于工作用途。我们可以自动允许将电子邮箱更改为以下域名: { $legit_admin_domains } 如果您不属于这种情况，请联系技术支持: { $email }
tm-votre-compte-sur-est-actuellement-lie = 您在 { $name } 上的账户目前关联以下身份：
tm-votre-compte-sur-est-actuellement-lie-2 = 您在 { $name } 上的账户目前关联以下 { $n } 个身份：
tm-interdire-lacces = 禁止访问
tm-le-transfert-dun-dossier-a-est = 正在将一份档案转移给 { $email }
tm-le-transfert-de-dossiers-a-est = 正在将 { $n } 份档案转移给 { $email }

## seeds: seeds

tm-service-momentanement-indisponible-nous = 服务暂时不可用。请稍后再试。
tm-numero-de-la-declaration-de-perte = 遗失申报编号
tm-mettre-a-jour-mes-documents = 更新我的文件
tm-nombre-d-enfants-a-charge = 受抚养子女人数
tm-je-ne-suis-pas-un-robot = 我不是机器人
tm-numero-etranger = 外国人号码

## failures: failures

tm-plus-de-plage-horaire-libre = 已没有空闲时段
tm-aucun-creneau-disponible = 没有可预约的时段
tm-aucun-creneau-n-est-disponible = 没有任何可预约的时段
tm-pas-de-creneau-disponible = 没有可预约的时段
tm-plus-de-creneau-disponible = 已没有可预约的时段
tm-aucun-rendez-vous-disponible = 没有可用的预约
tm-aucun-rendez-vous-n-est-disponible = 没有任何可用的预约
tm-aucune-disponibilite = 没有空位
tm-tous-les-creneaux-sont-reserves = 所有时段均已约满
tm-toutes-les-plages-horaires-sont = 所有时间段均已约满
tm-aucune-plage-horaire = 没有时间段
tm-service-momentanement-indisponible = 服务暂时不可用
tm-service-temporairement-indisponible = 服务暂时不可用
tm-service-indisponible = 服务不可用
tm-site-en-maintenance = 网站维护中
tm-actuellement-en-maintenance = 目前正在维护
tm-operation-de-maintenance = 维护操作
tm-erreur-technique = 技术错误
tm-probleme-technique = 技术问题
tm-une-erreur-est-survenue = 发生错误
tm-une-erreur-inattendue = 意外错误
tm-le-service-rencontre-des-difficultes = 服务遇到困难
tm-nombre-de-connexions = 连接数
tm-trop-de-demandes = 请求过多
tm-votre-session-a-expire = 您的会话已过期
tm-session-expiree = 会话已过期
tm-vous-avez-ete-deconnecte = 您已被退出登录
tm-delai-d-inactivite = 闲置时间超限
tm-code-de-securite-saisi-est-incorrect = 输入的安全码不正确
tm-code-de-securite-est-incorrect = 安全码不正确
tm-captcha-incorrect = 图形验证码不正确
tm-captcha-invalide = 图形验证码无效
tm-identifiant-ou-mot-de-passe-incorrect = 用户名或密码不正确
tm-identifiant-ou-mot-de-passe-invalide = 用户名或密码无效
tm-compte-bloque = 账户已被封锁
tm-compte-verrouille = 账户已被锁定
tm-compte-desactive = 账户已停用
tm-format-de-fichier-non-supporte = 不支持的文件格式
tm-format-non-supporte = 不支持的格式
tm-fichier-trop-volumineux = 文件太大
tm-depasse-la-taille-maximale = 超过最大大小
tm-dossier-incomplet = 材料不全
tm-piece-manquante = 缺少材料
tm-n-est-pas-valide = 无效
tm-est-obligatoire = 为必填项
tm-numero-etranger-inconnu = 未知的外国人号码
tm-aucun-dossier-ne-correspond = 没有相符的档案
tm-delai-d-attente-depasse = 等待超时
tm-le-serveur-met-trop-de-temps = 服务器响应时间过长

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = 请输入安全码
tm-verification-de-securite = 安全验证
tm-le-code-peut-etre-ecoute-avec = 可以用“读出验证码”（“Énoncer le code”）按钮收听验证码；“更换验证码”（“Changer le code”）按钮会显示一张新图片。
tm-recopiez-les-caracteres-affiches-dans = 请照抄图片中显示的字符。
tm-veuillez-recopier-le-code-de-securite = 请照抄安全码，以继续您的预约。
tm-prise-de-rendez-vous-demande-de = 预约 — 入籍申请

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = 请输入图片中的字符
tm-afin-de-verifier-que-vous-netes = 为了确认您不是机器人，请照抄图片中显示的字符。如需收听这些字符，请使用“读出验证码”（“Énoncer le code du captcha”）按钮；如需换一张图片，请使用“生成新的验证码”（“Générer un nouveau captcha”）按钮。
tm-les-majuscules-et-minuscules-ne-sont = 不区分大小写。
tm-pour-acceder-au-calendrier-des-rendez = 要进入预约日历，请照抄安全码，然后点击“下一步”（“Suivant”）。
tm-prise-de-rendez-vous-remise-de = 预约 — 领取居留证
tm-le-code-de-securite-saisi-est = 输入的安全码不正确。请重试。

## fixture: captcha/captchetat.html

tm-vos-coordonnees = 您的联系方式
tm-format-attendu-nom-domaine-fr = 要求的格式: 姓名@域名.fr
tm-avant-de-choisir-un-creneau-merci = 在选择时段之前，请确认您的申请。预约每周开放，视窗口的空闲情况而定。
tm-prise-de-rendez-vous-echange-de = 预约 — 更换外国驾照

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = 防机器人验证
tm-cliquez-sur-clique-ici-pour-verifier = 请点击“点击此处进行验证”（“Clique ici pour vérifier”）: 验证会自动完成，无需做题。
tm-clique-ici-pour-verifier = 点击此处进行验证
tm-pour-toute-question-relative-a-vos = 如对您的手续（居留证、驾照、协会）有任何疑问，请使用此表单。您将在 15 个工作日内收到答复。
tm-nous-contacter = 联系我们
tm-nous-verifions-que-vous-netes-pas = 我们正在确认您不是机器人……
tm-verification-automatique-des-spams = 垃圾信息自动检查已完成

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = 车牌号
tm-format-attendu-ab-123-cd = 要求的格式: AB-123-CD
tm-cochez-la-case-je-suis-un = 请勾选“我是人类”（“Je suis un humain”）方框以继续。
tm-envoyer-ma-demande = 发送我的申请
tm-les-residents-des-secteurs-de = 收费停车区域的居民可以申请一张卡，享受居民停车费率。请准备一份 3 个月内的住址证明和车辆登记证。
tm-demande-de-carte-de-stationnement = 居民停车卡申请

## fixture: captcha/image-generic.html

tm-reference-du-dossier = 档案参考编号
tm-recopiez-les-caracteres-affiches = 请照抄显示的字符
tm-code-de-securite = 安全码
tm-exemple-pc-034172-24-m0123 = 示例: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 个字符，数字和大写字母
tm-generer-un-nouveau-code = 生成新的验证码
tm-envoyer-la-demande = 发送申请
tm-vous-pouvez-demander-la-copie-dun = 您可以申请本市镇颁发的建筑许可证或事先申报的副本。文件通过电子方式发送。
tm-demande-de-copie-de-documents-durbanisme = 城市规划文件副本申请

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = 每个页面都离线重现了公共门户网站上某种 CAPTCHA 的页面标记，用于测试 Relais 的检测功能（Relais 从不破解或绕过 CAPTCHA）。不会联系任何外部服务: 脚本、框架、图片和声音都是本地文件（vendor/ 文件夹）。
tm-pages-de-test-widgets-captcha = 测试页面: CAPTCHA 组件

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = 确认预约
tm-choisissez-un-creneau-pour-deposer-votre = 请选择一个时段来提交您的申请。页面加载完成后会显示安全检查。
tm-prise-de-rendez-vous-carte-nationale = 预约 — 国民身份证和护照
tm-chargement-de-la-verification-de = 正在加载安全验证……
tm-confirmation-du-creneau = 确认时段
tm-cochez-la-case-pour-confirmer-que = 请勾选此框，确认您是真人。

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = 安全问题: 3 + 4 等于几？
tm-repondez-en-chiffres-cette-question = 请用数字回答。此问题用于确认您不是机器人。
tm-sinscrire = 注册
tm-recevez-chaque-mois-lactualite-du = 每月接收省议会（Département）的消息: 补助、道路、初中（collèges）、互助。您可以随时取消订阅。
tm-inscription-a-la-lettre-dinformation = 订阅新闻简报

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = 预约事由
tm-cochez-la-case-je-ne-suis = 请勾选“我不是机器人”（“Je ne suis pas un robot”）方框。可能会出现一道图片题；它提供语音版本。
tm-demander-un-rendez-vous = 申请预约
tm-selectionner-un-motif = 选择事由
tm-premiere-demande = 首次申请
tm-renouvellement = 续签
tm-duplicata = 补办
tm-ce-formulaire-vous-permet-de-demander = 您可以通过此表单预约罗讷省政府（préfecture du Rhône，里昂）的外国人窗口。确认信息将通过电子邮件发送给您。
tm-prise-de-rendez-vous-depot-de = 预约 — 递交居留证申请

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = 文件类型
tm-copie-integrale = 全文副本
tm-extrait-avec-filiation = 含父母信息的摘录
tm-extrait-sans-filiation = 不含父母信息的摘录
tm-demandez-en-ligne-une-copie-integrale = 在线申请在里昂出生者的出生证明全文副本或摘录。证明将在 8 天内邮寄。
tm-ce-site-est-protege-par-recaptcha = 本网站受 reCAPTCHA 保护；适用 Google 的隐私政策和使用条款。
tm-demande-dacte-de-naissance = 出生证明申请

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = 这是一个测试页面: 申请未发送给任何部门。
tm-votre-demande-a-bien-ete-envoyee = 您的申请已发送
tm-donnees-recues = 收到的数据
tm-aucune-donnee-recue = 未收到任何数据。
tm-retour-a-la-liste-des-pages = 返回测试页面列表

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = 问题地址
tm-description = 描述
tm-envoyer-le-signalement = 发送报告
tm-nid-de-poule-eclairage-en-panne = 路面坑洞、照明故障、乱倒垃圾: 请向市政部门报告。我们会通过电子邮件告知您报告的处理情况。
tm-signaler-un-probleme-sur-lespace-public = 报告公共场所的问题

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = 请确认您是人类
tm-operation-reussie = ✔操作成功！
tm-saisissez-ce-que-vous-entendez = 请输入您听到的内容
tm-lecture = 播放
tm-veuillez-cliquer-sur-chaque-image = 请点击每一张有公交车的图片
tm-vous-etes-valide = 您已通过验证
tm-le-service-recaptcha-requiert-une = reCAPTCHA 服务要求进行验证。

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = 社会保障号码
tm-jour = 日
tm-mois = 月
tm-numero-de-telephone-portable = 手机号码
tm-13-chiffres-cle-de-2-chiffres = 13 位数字 + 2 位校验码，印在您的 Vitale 卡上
tm-telle-quelle-figure-sur-votre-carte = 与您的 Vitale 卡上所写的一致
tm-exemple-14 = 示例: 14
tm-exemple-07 = 示例: 07
tm-exemple-1988 = 示例: 1988
tm-format-attendu-5-chiffres = 要求的格式: 5 位数字
tm-format-attendu-06-12-34-56 = 要求的格式: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = 输入的社会保障号码无效。
tm-votre-compte-ameli-vous-permet-de = 通过您的 ameli 账户，您可以跟进报销情况、下载医保权利证明，并联系您的医疗保险机构。
tm-creer-mon-compte-ameli = 创建我的 ameli 账户
tm-formulaire-recu = 表格已收到

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = 使用我的用户名登录
tm-votre-identifiant-est-votre-numero = 您的用户名是您的外国人号码（10 位数字）或您的电子邮箱地址
tm-sidentifier-avec-franceconnect = 使用 FranceConnect 登录
tm-creer-mon-compte = 创建我的账户
tm-la-creation-dun-compte-est-necessaire = 申请居留证、入籍或旅行证件，需要先创建账户。
tm-votre-numero-etranger-comporte-10 = 您的外国人号码由 10 位数字组成。它印在您的居留证、居留证申请回执（récépissé）或临时居留许可上。
tm-si-vous-navez-jamais-eu-de = 如果您在法国从未持有过居留证，请使用您的电子邮箱地址。
tm-connexion-a-mon-espace-personnel = 登录我的个人空间
tm-vous-navez-pas-encore-de-compte = 您还没有账户？
tm-ou-trouver-mon-numero-etranger = 在哪里找到我的外国人号码？

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 您要求回电至 06 12 34 56 78 的申请未能受理。我们将通过 marie.kowalczyk@example.fr 地址答复您（补助领取人号码 1234567）。
tm-demande-de-rappel = 请求回电
tm-retour-a-mon-compte = 返回“我的账户”（“Mon Compte”）

## fixture: portals/caf-declaration

tm-numero-allocataire = 补助领取人号码（numéro allocataire）
tm-celibataire = 单身
tm-marie-e = 已婚
tm-pacse-e = 已签民事伴侣协议（PACS）
tm-en-concubinage = 同居（未婚）
tm-divorce-e = 离婚
tm-veuf-veuve = 丧偶（鳏夫/寡妇）
tm-salaires-percus-en-euros = 已领取的工资（欧元）
tm-indemnites-journalieres = 每日津贴（indemnités journalières）
tm-allocation-chomage-are = 失业补助金（ARE）
tm-pensions-alimentaires-recues = 已收到的抚养费
tm-votre-situation-professionnelle = 您的职业状况
tm-ajouter-une-piece-justificative = 添加证明材料
tm-situation-familiale = 婚姻家庭状况
tm-autres-ressources-en-euros = 其他收入（欧元）
tm-7-chiffres-il-est-sur-vos = 7 位数字，写在您收到的 CAF 信件上
tm-mois-1-janvier = 第 1 个月: 一月
tm-mois-2-fevrier = 第 2 个月: 二月
tm-mois-3-mars = 第 3 个月: 三月
tm-taille-maximale-5-mo-formats-supportes = 最大大小: 5 MB。支持的格式: jpg、png、pdf。
tm-valider-ma-declaration = 确认我的申报
tm-selectionner-une-option = 选择一项
tm-salarie = 雇员
tm-demandeur-d-emploi = 求职者
tm-etudiant = 学生
tm-sans-activite = 无工作
tm-ex-1-250 = 例: 1 250
tm-declarez-les-ressources-percues-par = 请申报您家庭在过去三个月内获得的收入。要继续领取 RSA、prime d’activité（就业补贴）或成年残疾人补助，必须进行此申报。
tm-salaires-indiquez-le-montant-net-avant = 工资: 请填写本季度每个月源头扣税前的净额；如果没有收入，请填 0。
tm-declaration-trimestrielle-de-ressources = 季度收入申报
tm-vos-ressources = 您的收入
tm-etape-suivante-verification-et-envoi = 下一步: 检查并发送

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = 每个页面都是为测试编写的简化模拟；没有任何页面是真实门户网站的副本。
tm-pages-de-test-imitant-des-portails = 模仿法国行政门户网站的测试页面

## fixture: portals/mots-cles

tm-nom-de-famille = 姓
tm-prenom-s = 名
tm-date-dexpiration-de-votre-titre-de = 您居留证的到期日期
tm-n-de-recepisse = 回执（récépissé）编号
tm-courriel = 电子邮箱
tm-remplissez-ce-formulaire-pour-connaitre = 请填写此表单以了解您申请的进展。我们将在 15 个工作日内通过电子邮件答复您。
tm-demande-de-renseignements-sur-un-dossier = 关于居留证档案的信息查询
tm-precisions-sur-votre-demande-zone-de = 您的申请详情（自由填写栏）:

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = 您的预约申请已没有空闲时间段。请稍后再试。
tm-veuillez-cocher-la-case-pour-accepter = 请先勾选方框接受使用条款，然后再继续预约流程
tm-choisissez-votre-guichet = 选择您的窗口
tm-effectuer-une-demande-de-rendez-vous = 提出预约申请
tm-selectionner-un-guichet = 选择窗口
tm-guichet-1-titre-de-sejour = 1 号窗口 - 居留证
tm-guichet-2-naturalisation = 2 号窗口 - 入籍
tm-guichet-3-document-de-circulation-pour = 3 号窗口 - 外国未成年人旅行证件
tm-guichet-4-duplicata-et-changement = 4 号窗口 - 补办和地址变更
tm-ce-module-vous-permet-de-reserver = 此模块让您预约领取居留证，但仅限于您已收到短信或信件，通知您居留证已可在省政府（préfecture）领取的情况。
tm-conformement-aux-dispositions = 根据现行法规，您的居留证续签申请必须先提交全部所需证明材料才会进行审理；否则，申请将不予处理并结案，且不会重新审查。
tm-le-jour-du-rendez-vous-presentez = 预约当天，请携带护照、回执（récépissé）或旧居留证、传召通知（convocation）和税票（timbre fiscal）前来。任何材料不全的档案都将被拒绝。
tm-les-rendez-vous-sont-ouverts-chaque = 预约每周开放，随窗口空闲情况陆续放出。不通过电话预约。
tm-retour-a-la-prise-de-rendez = 返回预约
tm-etape-1-choix-du-guichet = 第 1 步: 选择窗口

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = 服务目前正在维护。给您带来不便，敬请谅解，请稍后再试。
tm-les-demandes-deja-deposees-ne-sont = 已提交的申请不受此次中断影响。如果您的居留证在维护期间到期，您的审理延期证明（attestation de prolongation d’instruction）仍然有效。
tm-erreur = 错误 { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = 您的邮政编码是多少？
tm-quel-est-le-code-postal-de = 您父母所在市镇的邮政编码是多少？
tm-combien-d-enfants-vous-y-compris = 您的父母抚养几个孩子（包括您）？
tm-lorsque-vos-parents-sont-separes-il = 如果您的父母已分开，需要填写抚养您的那一方父母所抚养的孩子人数。如果您还未成年且由父母轮流抚养，需要把分开的父母两个纳税家庭所抚养的孩子人数相加。
tm-et-combien-vous-y-compris-font = 其中有几个人（包括您）在接受高等教育？
tm-actuellement-beneficiez-vous-d-une = 您目前是否领取高中助学金？
tm-avez-vous-un-lien-de-parente = 您与您的房东是否有直系亲属关系？房东是否是您或您配偶的长辈或晚辈（子女、祖父母……）？
tm-vivez-vous-en-couple = 您是否与伴侣共同生活？
tm-attention-cette-restriction-est = 注意，此限制不同于残疾劳动者身份认定。
tm-en-etude-ou-en-alternance = 在读或工学交替
tm-salarie-ou-salariee = 雇员（男或女）
tm-independant-ou-independante = 自雇人士（男或女）
tm-inscrit-ou-inscrite-comme-demandeur = 已登记为求职者（男或女）
tm-retraite-ou-retraitee = 退休人员（男或女）
tm-autre = 其他
tm-lorsque-vous-etudiez-et-que-vous = 如果您既在读又在工作，必须选择“在读或工学交替”（“En étude ou en alternance”）。
tm-dans-quelle-classe-etes-vous = 您目前在读哪个年级？
tm-cap-1ere-annee = CAP - 第 1 年
tm-cap-2eme-annee = CAP - 第 2 年
tm-seconde = Seconde（高中第一年）
tm-premiere = Première（高中第二年）
tm-terminale = Terminale（高中最后一年）
tm-licence-1ere-annee = Licence（学士）- 第 1 年
tm-licence-2eme-annee = Licence（学士）- 第 2 年
tm-licence-3eme-annee = Licence（学士）- 第 3 年
tm-master-1ere-annee = 硕士 - 第 1 年
tm-master-2eme-annee = 硕士 - 第 2 年
tm-doctorat-1ere-annee = 博士 - 第 1 年
tm-doctorat-2eme-annee = 博士 - 第 2 年
tm-doctorat-3eme-annee = 博士 - 第 3 年
tm-lorsque-vos-parents-sont-separes-il-2 = 如果您的父母已分开，需要以抚养您的那一方父母的收入为准。如果您还未成年且由父母轮流抚养，需要把分开的父母两个纳税家庭的收入相加。
tm-si-vous-ne-connaissez-pas-le = 如果您不知道父母的毛收入总额，请填写 0 以继续模拟。注意，这可能影响模拟结果的准确性
tm-beneficiez-vous-d-une-bourse-de = 您是否领取高等教育助学金？
tm-etes-vous-en-alternance-dans-la = 您是否在公共部门进行工学交替？
tm-je-ne-sais-pas = 我不知道
tm-pas-concerne = 不适用
tm-jamais = 从不
tm-ponctuellement = 偶尔
tm-regulierement = 经常
tm-de-quel-secteur-votre-formation-fait = 您的培训属于哪个领域？
tm-etes-vous-heberge-chez-vos-parents = 您是否住在父母家？
tm-l-inaptitude-medicale-au-travail = 因疾病或事故导致的医学上的不适合工作，可以是部分的、完全的或暂时的。
tm-avez-vous-obtenu-une-mention-au = 您是否在高中毕业会考（baccalauréat）中获得评语等级（mention）？
tm-francaise = 法国
tm-europeenne = 欧洲
tm-non-europeenne = 非欧洲
tm-regime-general-caf-cpam = 普通制度（CAF/CPAM）
tm-mutualite-sociale-agricole-msa = 农业社会互助保险（MSA）
tm-pour-les-etudiants-en-classes = 大学校（grandes écoles）预科班的学生必须选择“在高等教育机构”（“Dans un établissement de l'enseignement supérieur”）。
tm-dans-quel-type-d-etablissement-etudiez = 您目前在哪种类型的学校就读？
tm-etablissement-public = 公立学校
tm-etablissement-prive-sous-contrat = 与国家签约的私立学校
tm-etablissement-prive-hors-contrat = 未与国家签约的私立学校
tm-quelle-est-votre-relation-avec-votre = 您与您配偶的关系是什么？
tm-moins-de-50 = 低于 50%
tm-etes-vous = 您是……？
tm-en-apprentissage = 学徒制
tm-en-contrat-de-professionnalisation = 职业化合同
tm-combien-de-mois-envisagez-vous-de = 您计划因学业出国几个月？
tm-quel-est-le-prenom-de-votre = 您孩子的名字是什么？它仅用于方便您后续填写。
tm-souhaitez-vous-connaitre-les-aides-pour = 您想了解购买自行车的补助吗？
tm-velo-mecanique-simple = 普通机械自行车
tm-velo-electrique = 电动自行车
tm-velo-cargo = 载货自行车
tm-velo-cargo-electrique = 电动载货自行车
tm-velo-pliant = 折叠自行车
tm-velo-pliant-electrique = 电动折叠自行车
tm-motorisation-d-un-velo-classique = 为普通自行车加装电机
tm-velo-adapte-pour-pmr = 适合行动不便者（PMR）的自行车
tm-etes-vous-interesse-ou-interessee-par = 您对卫生和社会领域培训的补助感兴趣吗？
tm-souhaitez-vous-connaitre-les-aides-au = 您想了解 BAFA 和 BAFD 的补助吗？
tm-prevoyez-vous-de-partir-a-l = 您计划因学业出国吗？
tm-prevoyez-vous-de-passer-le-permis = 您计划考驾照吗？
tm-moins-de-3-mois = 少于 3 个月
tm-entre-3-et-6-mois = 3 至 6 个月
tm-plus-de-3-mois = 超过 3 个月
tm-plus-6-mois = 超过 6 个月
tm-linterim-ou-travail-temporaire-est-un = 临时派遣工作（intérim）是与临时用工中介签订的劳动合同，中介在有限期间内把员工派往一家企业工作，通常是为了顶替缺勤人员或满足临时需要。如果合同是与中介签订的，就属于临时派遣工作。
tm-est-ce-une-colocation = 是合租吗？
tm-est-ce-que-ce-logement-a = 这处住房是否经过翻修？
tm-est-ce-une-chambre-une-chambre = 是单间吗？单间是指只有一个房间且没有厕所的住房。
tm-est-ce-un-logement-dans-une = 是 CROUS 学生公寓中的住房吗？
tm-participez-vous-aux-frais-du-logement = 您是否分担住房费用？例如电费、电话费等。
tm-rencontrez-vous-des-difficultes = 您在找房或支付住房相关费用方面是否有严重困难？
tm-prevoyez-vous-de-demenager-prochainement = 您是否计划近期搬家？
tm-non-j-ai-emmenage-il-y = 不，我搬进来不到 3 个月
tm-locataire = 租客
tm-figurant-sur-le-bail-en-foyer = 列在租约上，住在集体宿舍或公寓
tm-proprietaire = 房主
tm-ou-en-location-accession = 或租购（location-accession）
tm-heberge-ou-hebergee = 借住（男或女）
tm-chez-vos-parents-chez-un-particulier = 住在父母家、私人家中或单位提供的住房
tm-sans-domicile-stable = 无固定住所
tm-ou-domiciliation-administrative = 或行政托管地址（domiciliation）
tm-etes-vous-primo-accedant-pour-cette = 您是首次购买此房产吗（primo-accédant）？首次购房者是指在购买房产时，过去两年内未拥有过自己主要住所的个人（或家庭）。
tm-quel-type-de-logement-louez-vous = 您租的是哪种住房？
tm-non-meuble = 无家具
tm-meuble-hotel = 带家具 / 酒店
tm-foyer = 集体宿舍（foyer）
tm-residence-universitaire-logement-crous = 大学宿舍、CROUS 住房、青年劳动者宿舍、社会住宅……
tm-maison-de-retraite-residence-sociale = 养老院、社会住宅……
tm-mes-enfants-a-charge = 我的受抚养子女
tm-quelle-est-la-situation-de-vos = 您父母的情况如何？
tm-en-couple = 共同生活
tm-separes = 已分开
tm-veuf-ou-veuve = 丧偶（鳏夫或寡妇）
tm-decedes = 已去世
tm-sans-autorite-parentale = 无亲权
tm-vos-parents-habitent-ils-en-france = 您的父母住在法国吗？
tm-quel-est-le-nombre-de-parts = 您父母最近一份纳税通知单上的税收份额（parts）是多少？
tm-une-part-fiscale-est-une-unite = 税收份额是代表纳税家庭成员的单位，用于计算个人所得税。要了解您有多少税收份额，可以查看您的报税单，通常上面会注明这一信息。
tm-quel-est-le-revenu-fiscal-de = 您父母最近一份纳税通知单上的参考税收收入（RFR）是多少？
tm-si-vous-ne-connaissez-pas-le-2 = 如果您不知道父母的 RFR，请填写 0 以继续模拟。注意，这可能影响模拟结果的准确性。

## aides-jeunes: resources.ts

tm-revenus-d-activite = 劳动收入
tm-revenus-professionnels-non-salaries = 非受雇职业收入
tm-allocations = 补助
tm-indemnites = 津贴赔偿
tm-pensions-rentes = 养老金和年金
tm-revenus-du-patrimoine = 财产收入
tm-autres-revenus = 其他收入
tm-salaire-dont-primes-et-indemnites-de = 工资（包括奖金和合同终止补偿）
tm-entrez-le-montant-avant-la-retenue = 请输入源头扣税前的金额
tm-remuneration-de-stage = 实习报酬
tm-revenus-de-stage-de-formation = 职业培训实习收入
tm-allocation-de-securisation = 职业保障补助（allocation de sécurisation professionnelle）
tm-prime-forfaitaire-mensuelle-pour-la = 复工月度定额奖金
tm-aides-au-logement-apl-als-alf = 住房补助（APL、ALS、ALF）
tm-allocations-familiales = 家庭补助金（allocations familiales）
tm-complement-familial-cf = 家庭补充补助（CF）
tm-allocation-de-soutien-familial-asf = 家庭扶助补助（ASF）
tm-revenu-de-solidarite-active-rsa = 积极互助收入（RSA）
tm-prime-dactivite = 就业补贴（prime d’activité）
tm-allocation-de-solidarite-aux-personnes = 老年人互助补助（ASPA）
tm-allocation-supplementaire-dinvalidite = 残疾补充补助（ASI）
tm-allocation-de-solidarite-specifique-ass = 特别互助补助（ASS）
tm-allocation-adulte-handicape-aah = 成年残疾人补助（AAH）
tm-complement-de-ressources-adulte = 成年残疾人收入补充
tm-contrat-engagement-jeune = 青年承诺合同（contrat engagement jeune）
tm-majoration-pour-vie-autonome-mva = 独立生活加给（MVA）
tm-allocation-deducation-de-lenfant = 残疾儿童教育补助（AEEH）
tm-prestation-de-compensation-du-handicap = 残疾补偿金（PCH）
tm-prestation-daccueil-du-jeune-enfant-paje = 幼儿补助（PAJE）- 基本补助
tm-complement-de-libre-choix-dactivite-clca = 自由选择工作补充补助（CLCA）
tm-prestation-partagee-deducation-de = 共同育儿补助（PreParE）
tm-indemnites-de-maternite-paternite = 产假、陪产假、收养津贴
tm-indemnites-maladie = 病假津贴
tm-indemnites-maladie-professionnelle = 职业病津贴
tm-indemnites-daccident-du-travail = 工伤津贴
tm-indemnites-dactivite-partielle = 部分停工津贴（activité partielle）
tm-indemnites-de-volontariat = 志愿服务津贴
tm-dedommagement-aux-victimes-de-lamiante = 石棉受害者赔偿
tm-pension-alimentaire = 抚养费
tm-pension-alimentaire-versee = 已支付的抚养费
tm-prestation-compensatoire-suite-a = 补偿金（分开后，prestation compensatoire）
tm-retraite-y-compris-reversion-rente = 退休金（包括遗属抚恤金）、年金
tm-rente-s-d-education-d-orphelin = 教育年金、孤儿年金……
tm-retraite-du-combattant = 退伍军人退休金
tm-pension-dinvalidite = 残疾抚恤金
tm-bourse-de-lenseignement-superieur = 高等教育助学金
tm-bourse-de-recherche = 研究奖学金
tm-bourse-du-lycee = 高中助学金
tm-gains-exceptionnels-dons-gains-aux-jeux = 特殊收益（赠与、博彩奖金、遗产）
tm-revenus-locatifs-terrains-appartements = 租金收入（土地、公寓、SCI……）
tm-revenus-du-capital-interets-plus-values = 资本收入（利息、资本增值、股息……）
tm-via-une-micro-entreprise-achat-revente = 通过微型企业（买卖或提供住宿）
tm-via-une-micro-entreprise-autre-activite = 通过微型企业（其他商业活动，BIC）
tm-via-une-micro-entreprise-activite = 通过微型企业（自由职业和/或脑力劳动（BNC））
tm-en-tant-qu-exploitant-agricole = 作为农场经营者（exploitant agricole）
tm-en-profession-liberale-entrepreneur = 从事自由职业（创业者）
tm-revenus-dactivite-connus = 已知劳动收入
tm-autres-revenus-imposables-preretraite = 其他应税收入（提前退休、失业）
tm-pensions-retraites-rentes = 养老金、退休金、年金
tm-frais-reels-deductibles = 可扣除的实际费用
tm-revenus-fonciers-nets = 房地产净收入
tm-valeur-de-vos-biens-loues = 您出租财产的价值
tm-valeur-de-vos-terrains-non-loues = 您未出租土地的价值
tm-valeur-locative-terrains-non-loues = 未出租土地的租赁价值
tm-valeur-de-vos-biens-immobiliers-non = 您未出租房产的价值
tm-valeur-locative-immobilier-non-loue = 未出租房产的租赁价值
tm-epargne-sur-livret-a = A 类储蓄账户（livret A）中的储蓄
tm-epargne-aux-revenus-non-imposables = 收益免税的储蓄
tm-epargne-aux-revenus-imposables = 收益应税的储蓄

## aides-jeunes: components

tm-ex-caf-du-loiret = 例: CAF du Loiret
tm-id-de-la-simulation = 模拟 ID
tm-email-de-l-utilisateur = 用户的电子邮箱

## rdv: devise

tm-votre-compte-a-ete-valide = 您的账户已确认。
tm-vous-allez-recevoir-les-instructions = 几分钟内您将收到确认账户的说明。
tm-si-votre-e-mail-existe-dans = 如果您的电子邮箱在我们的数据库中，您很快会收到一封电子邮件，里面有确认账户的说明。
tm-votre-compte-a-ete-supprime = 您的账户已被删除！
tm-vous-avez-une-invitation-en-attente = 您有一个待处理的邀请。请接受邀请以完成注册。
tm-votre-connexion-est-deja-active = 您已经登录
tm-votre-compte-n-est-pas-encore = 您的账户尚未激活。
tm-email-ou-mot-de-passe-incorrect = 电子邮箱或密码不正确。
tm-vous-avez-droit-a-une-tentative = 您还有一次尝试机会，之后您的账户将被锁定。
tm-votre-compte-est-verrouille = 您的账户已被锁定。
tm-email-ou-mot-de-passe-invalide = 电子邮箱或密码无效。
tm-votre-session-est-expiree-veuillez-vous = 您的会话已过期。请重新登录以继续。
tm-vous-devez-vous-connecter-ou-vous = 您必须登录或注册才能继续。
tm-vous-devez-valider-votre-compte-pour = 您必须确认您的账户才能继续。
tm-votre-invitation-n-est-pas-valide = 您的邀请无效。
tm-votre-mot-de-passe-a-ete = 您的密码已保存，您的账户已激活。
tm-votre-mot-de-passe-a-ete-2 = 您的密码已保存。
tm-votre-invitation-a-ete-annulee = 您的邀请已被取消。
tm-lutilisateur-connecte-ne-correspond-pas = 当前登录的用户与被邀请的用户不一致。请退出登录后重试。
tm-la-session-a-expire = 会话已过期
tm-choisir-son-mot-de-passe = 设置您的密码
tm-enregistrer = 保存
tm-ouvrir-l-app-mail = 打开"邮件"应用
tm-inscription = 注册
tm-code-dinvitation = 邀请码
tm-creer-son-compte = 创建您的账户
tm-veuillez-cliquer-sur-le-lien-dans = 请点击刚刚发给您的电子邮件中的链接
tm-vous-avez-ete-invite-sur = 您已被邀请加入 { $name }
tm-bonjour = 您好，{ $email }
tm-vous-avez-ete-invite-sur-vous = 您已被邀请加入 { $name }。您可以通过下面的链接接受此邀请。
tm-accepter-l-invitation = 接受邀请
tm-cette-invitation-est-valable-jusqu-au = 此邀请有效期至 { $date }。
tm-si-vous-n-acceptez-pas-cette = 如果您不接受此邀请，请忽略这封邮件。未经您的许可，不会创建任何账户。
tm-instructions-de-confirmation = 确认说明
tm-instructions-pour-changer-le-mot-de = 更改密码的说明
tm-instructions-pour-deverrouiller-le = 解锁账户的说明
tm-votre-mot-de-passe-a-ete-3 = 您的密码已成功修改。
tm-nous-n-avons-pas-pu-vous = 我们无法通过 { $kind } 验证您的身份：“{ $reason }”。
tm-authentifie-avec-succes-via = 已通过 { $kind } 成功验证身份。
tm-vous-ne-pouvez-acceder-a-cette = 只有通过重置密码的电子邮件才能打开此页面。如果您用的就是这样的邮件，请确认您使用了完整的网址（URL）。
tm-vous-allez-recevoir-les-instructions-de = 片刻之后您将收到重置密码的说明
tm-si-votre-e-mail-existe-dans-2 = 如果您的电子邮箱在我们的数据库中，您将通过电子邮件收到一个重置密码的链接
tm-votre-mot-de-passe-a-ete-4 = 您的密码已成功修改，您现在已登录
tm-votre-mot-de-passe-a-ete-5 = 您的密码已成功更改。
tm-votre-compte-a-ete-supprime-avec = 您的账户已成功删除。希望很快再见到您。
tm-bienvenue-votre-connexion-est-active = 欢迎，您已登录。
tm-votre-compte-est-bien-enregistre-vous = 您的账户已注册。但是您还不能登录，因为您的账户尚未激活。
tm-votre-compte-est-bien-enregistre-vous-2 = 您的账户已注册。但是您不能登录，因为您的账户已被锁定。
tm-un-message-contenant-un-lien-de = 一封含有确认链接的邮件已发送到您的电子邮箱。请打开此链接以激活您的账户。
tm-votre-compte-a-bien-ete-mis = 您的账户已更新，但我们需要验证您的新电子邮箱。请查看您的邮件并点击确认链接，以完成新邮箱的验证。
tm-votre-compte-a-ete-modifie-avec = 您的账户已成功修改。
tm-connexion-reussie = 登录成功。
tm-deconnexion-reussie = 退出登录成功。
tm-mode-deconnecte = 未登录模式。
tm-vous-allez-recevoir-les-instructions-2 = 片刻之后您将收到解锁账户的说明
tm-si-votre-compte-existe-vous-allez = 如果您的账户存在，您很快会收到一封含有解锁说明的电子邮件。
tm-votre-compte-a-ete-deverrouille-avec = 您的账户已成功解锁，您现在已登录。

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = 已经确认过了，请尝试登录
tm-a-confirmer-dans-les-merci-de = 须在 { $period } 内确认，请重新提出申请
tm-a-expire-merci-d-en-faire = 已过期，请重新提出申请
tm-n-a-pas-ete-trouve-e = 未找到
tm-n-etait-pas-verrouille-e = 未被锁定
tm-une-erreur-a-empeche-ce-tte = 由于一个错误，此 { $resource } 未能保存：
tm-erreurs-ont-empeche-ce-tte-d = 由于 { $n } 个错误，此 { $resource } 未能保存：

## rdv: links

tm-espace-usager = 用户空间
tm-je-n-ai-pas-recu-le = 我没有收到确认邮件
tm-je-n-ai-pas-recu-le-2 = 我没有收到解锁邮件

## rdv: activerecord

tm-la-validation-a-echoue = 验证失败：{ $errors }

## rdv: errors

tm-doit-etre-accepte-e = 必须接受
tm-doit-etre-rempli-e = 必须填写
tm-ne-concorde-pas-avec = 与 { $attribute } 不一致
tm-doit-etre-egal-a = 必须等于 { $n }
tm-doit-etre-pair = 必须是偶数
tm-n-est-pas-disponible = 不可用
tm-doit-etre-superieur-a = 必须大于 { $n }
tm-doit-etre-superieur-ou-egal-a = 必须大于或等于 { $n }
tm-n-est-pas-inclus-e-dans = 不在列表中
tm-doit-etre-inferieur-a = 必须小于 { $n }
tm-doit-etre-inferieur-ou-egal-a = 必须小于或等于 { $n }
tm-validation-echouee = 验证失败：{ $errors }
tm-n-est-pas-un-nombre = 不是数字
tm-doit-etre-un-nombre-entier = 必须是整数
tm-doit-etre-impair = 必须是奇数
tm-doit-etre-different-de = 必须不等于 { $n }
tm-doit-etre-vide = 必须为空
tm-doit-exister = 必须存在
tm-est-deja-utilise = 已被使用
tm-est-trop-long-pas-plus-d = 太长（最多一个字符）
tm-est-trop-long-pas-plus-de = 太长（最多 { $n } 个字符）
tm-est-trop-court-au-moins-un = 太短（至少一个字符）
tm-est-trop-court-au-moins-caracteres = 太短（至少 { $n } 个字符）
tm-ne-fait-pas-la-bonne-longueur = 长度不对（必须正好一个字符）
tm-ne-fait-pas-la-bonne-longueur-2 = 长度不对（必须是 { $n } 个字符）
tm-veuillez-verifier-les-champs-suivants = 请检查以下栏目：
tm-impossible-d-enregistrer-ce-tte-1 = 无法保存此 { $model }：1 个错误
tm-impossible-d-enregistrer-ce-tte-erreurs = 无法保存此 { $model }：{ $n } 个错误

## rdv: helpers

tm-ajouter = 添加
tm-modifier = 修改
tm-retirer = 移除
tm-reinitialiser = 重置
tm-veuillez-selectionner = 请选择

## rdv: public_office

tm-sur-place = 现场

## rdv: visio

tm-par-visioconference = 通过视频通话

## rdv: phone

tm-par-telephone = 通过电话

## rdv: home

tm-a-domicile = 上门

## rdv: mailers

tm-a-bientot-lequipe = 再见，{ $name } 团队

## rdv: users

tm-un-creneau-vient-de-se-liberer = 刚刚空出了一个时段！
tm-rdv-confirme-le = 预约已确认：{ $date }
tm-rdv-du-modifie = { $date } 的预约已修改
tm-rappel-rdv-le = [提醒] 预约时间：{ $date }
tm-rdv-annule-le-avec = { $date } 与 { $name } 的预约已取消
tm-votre-rdv-du-a-ete-annule = 您 { $date } 的 { $motif } 预约因行政原因已被取消。
tm-votre-rdv-du-a-bien-ete = 您 { $date } 的 { $motif } 预约已按您的要求取消。
tm-vous-pouvez-reprendre-un-rendez-vous = 您可以拨打 { $telephone_link } 重新预约。
tm-vous-pouvez-reprendre-un-rendez-vous-2 = 您可以点击下面的链接重新预约：
tm-reprendre-rdv = 重新预约

## rdv: attributes

tm-email = 电子邮箱
tm-mot-de-passe-actuel = 当前密码
tm-nom-de-la-commune = 市镇名称
tm-responsable = 负责人

## rdv: activerecord

tm-lieu = 地点
tm-rendez-vous-honore = 已赴约
tm-rendez-vous-a-venir = 即将到来的预约
tm-annule-a-linitiative-de-lusager = 由用户取消
tm-annule-a-linitiative-du-service = 由服务机构取消
tm-caisse-d-affiliation = 所属机构（caisse）
tm-numero-d-allocataire = 补助领取人编号（numéro d'allocataire）
tm-nombre-d-enfants = 子女人数
tm-accepte-les-notifications-par-sms = 接受短信通知
tm-accepte-les-notifications-par-email = 接受电子邮件通知
tm-numero-de-pre-demande-ants = ANTS 预申请编号
tm-sans-domicile-fixe = 无固定住所
tm-heberge = 借住他人家中
tm-en-accession-a-la-propriete = 正在购房（贷款买房）
tm-logement = 住房
tm-aucune = 无
tm-proche = 亲友
tm-le-prenom-ne-peut-etre-change = 名字无法更改，因为它已由 FranceConnect 认证
tm-le-nom-de-naissance-ne-peut = 出生时的姓氏无法更改，因为它已由 FranceConnect 认证
tm-la-date-de-naissance-ne-peut = 出生日期无法更改，因为它已由 FranceConnect 认证
tm-ce-mot-de-passe-fait-partie = 此密码在常用密码列表中，因此无法保证您账户的安全。请另选一个。
tm-pour-assurer-la-securite-de-votre = 为了您账户的安全，密码必须至少有 { $n } 个字符
tm-doit-comporter-10-chiffres-et-lettres = 必须包含 10 个数字和字母
tm-n-a-pas-pu-etre-valide = 由于意外错误，无法验证。请在 30 秒后重试。
tm-ce-numero-de-pre-demande-ants = 此 ANTS 预申请编号已用于 { $meeting_point } 的一个预约。请先取消该预约，再重新预约。

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = 请输入一个法国本土或海外省的 10 位号码，或者带国家代码的国际号码。
tm-pour-accelerer-votre-demarche-nous-vous = 为了加快办理，我们强烈建议您先在 ANTS 网站上预先填写申请，并填写您的预申请编号。

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = 您没有足够的权限打开此页面或执行此操作

## rdv: rdvs

tm-le-duree-minutes = { $date }（时长：{ $duration } 分钟）
tm-aujourdhui-a-duree-minutes = 今天 { $date }（时长：{ $duration } 分钟）
tm-1-place-restante = 还剩 1 个名额
tm-places-restantes = 还剩 { $n } 个名额
tm-1-place = 1 个名额
tm-places = { $n } 个名额

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = 请更正以下问题：

## rdv: users

tm-les-champs-d-etat-civil-nom = 通过 FranceConnect 认证登录后，户籍信息（出生时的姓氏、名字、出生日期和地点）不能再修改
tm-les-3-lettres-ne-correspondent-pas = 这 3 个字母与姓氏不符。

## rdv: search

tm-1-lieu-est-disponible = 有 1 个地点可选
tm-lieux-sont-disponibles = 有 { $n } 个地点可选
tm-selectionnez-un-lieu-de-rdv = 请选择预约地点：
tm-prochaine-disponibilite-le = 最近的空闲时间：

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = 您似乎没有接受陪同或跟进服务，请选择其他事由，或拨打 { $phone_number } 联系您所在的省（département）。

## rdv: common

tm-votre-adresse = 您的地址
tm-votre-service = 您的服务机构
tm-ex-21-rue-anatole-france-calais = 例如：21 rue Anatole France, Calais
tm-modifier-l-adresse = 修改地址
tm-choisissez-un-service = 请选择一个服务机构
tm-choisir-ce-service = 选择此服务机构
tm-le-service-que-vous-cherchez-n = 您要找的服务机构不在列表中？
tm-modifier-le-service = 更换服务机构
tm-choisissez-un-motif = 请选择事由
tm-choisir-ce-motif = 选择此事由

## rdv: users

tm-entrez-les-3-premieres-lettres-de = 请输入您姓氏的前 3 个字母
tm-sophie-dupont-dup = Sophie Dupont：DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine：DEL
tm-edwige-xi-xi = Edwige Xi：XI
tm-identification = 身份识别
tm-choix-de-l-usager = 用户的选择
tm-votre-rendez-vous-a-ete-confirme = 您的预约已确认。
tm-ce-creneau-nest-plus-disponible-veuillez = 此时段已不可用。请另选一个。
tm-vous-allez-modifier-votre-rdv-qui = 您将修改您在 { $date } 的 { $motif_name_and_service } 预约
tm-mes-informations = 我的信息
tm-mes-proches = 我的亲友
tm-aucun-proche = 没有亲友
tm-ajouter-un-proche = 添加亲友

## mdph: server

tm-identites = 身份信息
tm-individus-et-organismes-concernes-par-la = 申请涉及的个人和机构
tm-situations-particulieres = 特殊情况
tm-etes-vous-dans-l-une-des = 您是否处于以下某种情况？
tm-vous-n-arrivez-plus-a-vivre = 您已无法在家中生活
tm-expliquez-la-difficulte = 请说明困难
tm-votre-ecole-ne-peut-plus-vous = 您的学校已无法接收您
tm-votre-etablissement-ne-peut-plus-vous = 您所在的机构已无法接收您，而您也无法回家
tm-vous-risquez-de-perdre-votre-travail = 您有失去工作的风险
tm-vous-sortez-d-hospitalisation-et-vous = 您即将出院，但无法回家
tm-vous-commencez-bientot-une-nouvelle = 您即将开始新的培训
tm-precisez = 请具体说明
tm-date-d-entree-prevue = 预计开始日期
tm-vous-venez-de-trouver-un-emploi = 您刚找到工作
tm-vous-arrivez-dans-moins-de-2 = 您的权利将在 2 个月内到期（例如：AEEH、AAH、PCH、RQTH 等）
tm-indiquez-le-s-droit-s-concerne = 请填写相关权利及其到期日期
tm-vie-quotidienne = 日常生活
tm-situation = 情况
tm-besoins = 需求
tm-attentes = 期望
tm-vous-vivez = 您的居住情况
tm-seule = 独自一人
tm-avec-vos-parents-ou-l-un = 与父母（或其中一方）同住
tm-avec-vos-enfants-ou-l-un = 与子女（或其中一人）同住
tm-autre-situation = 其他情况
tm-ou-vivez-vous = 您住在哪里？
tm-vous-avez-un-logement-independant = 您有自己的独立住房
tm-vous-vivez-dans-un-etablissement-medico = 您住在医疗社会机构或护理机构
tm-precisez-le-nom-le-type-et = 请写明名称、类型和地点
tm-vous-etes-hebergee-au-domicile = 您借住在别人家中
tm-vous-avez-deja-eu = 您曾经遭遇过：
tm-un-accident-cause-par-un-tiers = 由他人造成的事故
tm-un-accident-du-travail = 工伤事故
tm-un-autre-accident = 其他事故
tm-suite-a-cet-accident-y-a = 这次事故之后，是否有正在进行或已有结果的赔偿申请？
tm-aupres-de-quel-organisme = 向哪个机构申请？
tm-vous-recevez = 您正在领取：
tm-une-aide-financiere-et-des-ressources = 经济援助和收入
tm-une-aide-technique-materielle-ou-de = 技术援助、物资援助或设备
tm-une-aide-a-la-personne-avec = 个人援助：有人在帮助您
tm-vous-recevez-les-aides-ressources-et = 您领取以下援助、收入和/或补助：
tm-allocation-chomage-versee-par-pole = Pôle Emploi 支付的失业金
tm-dans-les-12-mois-precedant-votre = 在提出申请前的 12 个月内，您是否领取过：
tm-un-revenu-d-activite = 工作收入
tm-des-indemnites-journalieres = 每日津贴（病假工资）
tm-un-revenu-issu-d-une-activite = 在 ESAT 工作的收入
tm-vous-percevez-une-ou-plusieurs-des = 您领取以下一项或多项补助：
tm-une-pension-d-invalidite = 残疾抚恤金
tm-une-autre-pension-de-ce-type = 其他同类抚恤金
tm-pension-des-deux-tiers-d-incapacite = 三分之二抚恤金、丧失劳动能力抚恤金等
tm-une-majoration-tierce-personne = Majoration Tierce Personne（第三人护理补贴）
tm-une-allocation-supplementaire-d = Allocation Supplémentaire d'Invalidité（残疾补充津贴）
tm-une-rente-d-accident-ou-de = 工伤事故或职业病年金
tm-une-prestation-complementaire-de-recours = Prestation Complémentaire de Recours à Tierce Personne（第三人护理补充补助）
tm-une-retraite-pour-inaptitude-dans-la = 公务员因不能胜任而领取的退休金，或提前退休金
tm-depuis-le-2 = 从哪一天开始？
tm-connaissez-vous-votre-taux-d-ipp = 您知道您的 IPP 比例（Incapacité Permanente Partielle，永久性部分丧失劳动能力）吗？
tm-renseignez-ici-le-taux-qui-vous = 请在此填写医疗保险机构（CPAM）给您认定的比例
tm-taux-d-ipp-en = IPP 比例（%）
tm-vous-avez-indique-recevoir-une-aide = 您表示您获得技术援助、物资援助或设备，该援助是：
tm-un-amenagement-de-logement = 住房改造
tm-une-aide-animaliere = 辅助动物
tm-un-amenagement-de-vehicule = 车辆改装
tm-une-aide-technique-ex-barre-d = 辅助器具（例如：扶手、助行架等）
tm-vous-avez-indique-recevoir-une-aide-2 = 您表示您获得个人援助，帮助您的是：
tm-votre-famille = 您的家人
tm-un-professionnel-de-soins-a-domicile = 居家护理专业人员
tm-un-accompagnement-medico-social = 医疗社会陪护服务
tm-etes-vous-a-la-retraite = 您已经退休了吗？
tm-depuis-quand = 从什么时候开始？
tm-l-aspa-allocation-de-solidarite-pour = ASPA（Allocation de Solidarité pour les Personnes Agées，老年人团结补助金）
tm-l-apa-allocation-personnalisee-d = APA（Allocation Personnalisée d'Autonomie，个人自理补助金）
tm-vous-avez-demande-une-pension-de = 您已申请退休金
tm-du-fait-de-votre-handicap = 由于您的残疾：
tm-vous-exercez-une-activite = 您从事兼职工作
tm-precisez-la-quotite-en-pourcentage = 请写明工作时间占全职的百分比
tm-vous-avez-du-renoncer-a-votre = 您不得不放弃工作
tm-du-fait-de-votre-handicap-recourez = 由于您的残疾，您是否花钱雇人帮助您？
tm-frais-lies-au-handicap-et-restant = 与残疾有关、需要您自付的费用
tm-indiquez-les-frais-non-rembourses-ou = 请填写医疗保险或补充保险（mutuelle）没有报销或只报销了一部分的费用。特别请说明您是否因残疾而花钱雇人帮助您。
tm-vous-avez-besoin-d-aide-dans = 您在日常生活中需要帮助：
tm-pour-regler-les-depenses-courantes-loyer = 支付日常开支（房租、能源、衣服、食物等）
tm-pour-gerer-votre-budget-et-repondre = 管理收支并履行义务（行政手续、保险、税务等）
tm-pour-l-hygiene-corporelle-se-laver = 个人卫生（洗澡、上厕所）
tm-pour-vous-habiller-mettre-et-oter = 穿衣（穿衣、脱衣、挑选衣服等）
tm-pour-faire-les-courses = 购物
tm-pour-preparer-les-repas = 做饭
tm-pour-prendre-les-repas = 吃饭
tm-pour-faire-le-menage-et-l = 打扫卫生和打理衣物
tm-pour-prendre-soin-de-votre-sante = 照顾自己的健康（接受治疗、去看医生等）
tm-autre-besoin = 其他需求
tm-vous-avez-besoin-d-aide-pour = 您出行需要帮助：
tm-pour-se-deplacer-dans-le-domicile = 在家中走动
tm-pour-sortir-du-domicile-ou-y = 出门或进家门
tm-pour-se-deplacer-a-l-exterieur = 在外出行
tm-pour-utiliser-un-vehicule = 使用车辆
tm-pour-utiliser-les-transports-en-commun = 乘坐公共交通
tm-pour-partir-en-vacances = 外出度假
tm-utilisez-vous-les-transports-adaptes = 您出行时是否使用当地提供的无障碍交通服务？
tm-vous-avez-besoin-d-aide-pour-2 = 您在社交生活中需要帮助：
tm-pour-communiquer-s-exprimer-se-faire = 沟通（表达自己、让别人明白）
tm-pour-avoir-des-activites-sportives-et = 参加体育和休闲活动
tm-pour-les-relations-avec-les-autres = 与他人交往
tm-pour-vous-occuper-de-votre-famille = 照顾家人
tm-pour-vous-accompagner-dans-votre-vie = 在公民生活中陪伴您（例如：去投票、参加社团活动等）
tm-pour-assurer-votre-securite = 保障您的安全
tm-quelles-sont-vos-attentes-pour-compenser = 为了弥补您的残疾，您有哪些期望？
tm-vivre-a-domicile = 在家中生活
tm-un-amenagement-de-votre-lieu-de = 改造您的居住场所
tm-realiser-un-bilan-des-capacites-dans = 评估日常生活能力
tm-une-aide-financiere-afin-d-assurer = 保障最低收入的经济援助
tm-une-aide-pour-se-deplacer = 出行帮助
tm-un-accompagnement-pour-l-adptation = 适应 / 重新适应日常生活的陪护
tm-une-aide-humaine-quelqu-un-qui = 人力帮助：有人帮助您
tm-vivre-en-etablissement = 在机构中生活
tm-du-materiel-ou-equipement = 物资或设备
tm-une-aide-financiere-pour-des-depenses = 与残疾有关支出的经济援助
tm-un-accueil-temporaire = 临时安置
tm-autre-attente = 其他期望
tm-avez-vous-deja-identifie-une-ou = 您是否已经找到一个或多个可能满足您期望的机构或服务？
tm-avez-vous-d-autres-renseignements = 关于您的日常生活，您还有其他信息（情况、期望、计划）吗？
tm-vie-scolaire-ou-etudiante = 学校或大学生活
tm-etes-vous-actuellement-scolarise = 您目前在上学吗？
tm-pourquoi-n-etes-vous-pas-scolarise = 您为什么没有上学？
tm-vous-etes-trop-jeune = 您年龄太小
tm-a-partir-de-quand-serez-vous = 您从什么时候开始上学？
tm-vous-etes-sans-solution-d-accueil = 您在学校、大学或医疗社会机构都没有位置
tm-vous-etes-actuellement-scolarise = 您目前在上学
tm-en-milieu-ordinaire = 在普通学校
tm-avec-accompagnement-par-un-service-de = 由护理服务或医疗社会机构陪护
tm-en-temps-partage-entre-letablissement = 时间分配在医疗社会机构与普通学校或家中之间
tm-en-temps-partage-entre-le-service = 时间分配在护理服务与普通学校之间
tm-en-formation-superieure-ou-en = 接受高等教育或学徒培训
tm-etes-vous-place-en-internat = 您是寄宿生吗？
tm-ses-frais-de-sejour-sont-ils = 寄宿费用是否由医疗保险、国家或社会救助全额承担？
tm-dans-quel-s-etablissement-s = 在哪个（哪些）机构？
tm-quel-type-d-etudes-suivez-vous = 您在接受哪种学业？
tm-quel-s-diplome-s-avez-vous = 您获得了哪些文凭？
tm-quel-s-diplome-s-preparez-vous = 您正在准备哪些文凭？
tm-decrivez-votre-parcours-d-etudiant-ou = 请描述您作为学生或学徒的经历
tm-annee-etablissement = 年份、机构
tm-vous-disposez-actuellement-d = 您目前有陪护和治疗
tm-soins-hospitaliers = 医院治疗
tm-soins-en-liberal = 私人执业医护人员的治疗
tm-vous-disposez-actuellement-d-adaptations = 您目前有适应性的物质条件
tm-amenagement-et-adaptations-pedagogiques = 教学上的调整和适应
tm-outils-de-communication = 沟通工具
tm-materiel-informatique-et-audiovisuel = 电脑和视听设备
tm-materiel-deficience-auditive = 听力障碍设备
tm-materiel-deficience-visuelle = 视力障碍设备
tm-mobilier-et-petits-materiels = 家具和小型器材
tm-transport = 交通
tm-vous-disposez-actuellement-d-une-aide = 您目前有残疾学生助理（人力帮助）
tm-precisez-laquelle = 请说明是哪一种
tm-decrivez-votre-emploi-du-temps-ecole = 请描述您的时间安排（学校、食堂、治疗等）
tm-vous-avez-des-besoins-en-lien = 您有与上学有关的需求：
tm-pour-lire = 阅读
tm-pour-ecrire-prendre-des-notes = 书写、记笔记
tm-pour-calculer = 计算
tm-pour-comprendre-suivre-les-consignes = 理解和遵照指示
tm-pour-organiser-controler-son-travail = 安排和检查自己的作业
tm-pour-l-utilisation-du-materiel = 使用器材
tm-vous-avez-des-besoins-pour-communiquer = 您在沟通方面有需求：
tm-pour-assurer-sa-securite = 保障自身安全
tm-vous-avez-des-besoins-pour-l = 您在个人护理方面有需求：
tm-pour-l-hygiene-corporelle-aller-aux = 个人卫生（上厕所）
tm-pour-s-habiller-mettre-et-oter = 穿衣（穿衣和脱衣）
tm-pour-les-repas-manger-et-boire = 用餐（吃饭和喝水）
tm-pour-prendre-soin-de-sa-sante = 照顾自己的健康
tm-vous-avez-besoin-d-aide-pour-3 = 您在行动方面需要帮助：
tm-pour-se-deplacer-a-l-interieur = 在室内走动
tm-pour-se-deplacer-a-l-exterieur-2 = 在室外走动
tm-vous-souhaitez = 您希望：
tm-une-adaptation-de-la-scolarite = 调整学业安排
tm-une-orientation-scolaire-differente = 不同的升学方向
tm-une-aide-humaine = 人力帮助
tm-une-aide-materielle = 物资帮助
tm-un-accompagnement-pour-une-readaptation = 康复 / 复健的陪护
tm-une-prise-en-charge-par-un = 由不提供住宿的机构照护
tm-une-prise-en-charge-par-un-2 = 由提供住宿的机构照护
tm-avez-vous-deja-identifie-un = 您是否已经找到可能满足您期望的学校、大学或医疗社会机构？
tm-avez-vous-pu-prendre-contact-avec = 您是否已经联系上您的负责教师（enseignant référent）？
tm-pourquoi = 为什么？
tm-vous-avez-d-autres-renseignements = 如果您还有关于学校、大学或学徒生活的其他重要信息（情况、期望、计划），请在此填写：
tm-vie-au-travail = 职业生活
tm-situation-professionnelle = 职业状况
tm-parcours-professionnel = 职业经历
tm-projet-professionnel = 职业计划
tm-avez-vous-actuellement-un-emploi = 您目前有工作吗？
tm-avez-vous-deja-travaille = 您以前工作过吗？
tm-pourquoi-etes-vous-actuellement-sans = 您目前为什么没有工作？从什么时候开始？
tm-pouvez-vous-indiquer-pourquoi-vous-etes = 您能说明目前为什么没有工作吗？
tm-etes-vous-dans-une-des-situations = 您是否处于以下某种情况？
tm-inscrit-a-pole-emploi = 已在 Pôle emploi 登记
tm-en-formation-continue = 正在接受继续教育
tm-votre-accompagnement-vers-l-emploi-est = 陪同您求职的是：
tm-mission-locale = Mission locale（青年就业地方中心）
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = 由 Conseil Général（省议会）指定的 RSA 负责人
tm-vous-avez-un-emploi = 您有工作：
tm-en-entreprise-adaptee = 在适应性企业（entreprise adaptée）
tm-en-milieu-protege-etablissements-et = 在庇护性环境（Etablissements et services d’aide par le travail - ESAT）
tm-quel-est-votre-type-d-emploi = 您的工作属于哪种类型？
tm-interim = 临时工（派遣）
tm-contrat-aide = 政府资助合同
tm-travailleur-independant = 自雇人员
tm-regime = 制度：
tm-stagiaire-professionnel = 职业实习生
tm-est-ce-un-stage-remunere = 这是带薪实习吗？
tm-au-sein-de-quel-organisme-effectuez = 您在哪个机构实习？
tm-nom-de-l-organisme = 机构名称
tm-qui-est-votre-employeur = 您的雇主是谁？
tm-quel-est-le-nom-de-votre = 您的职位名称是什么？
tm-nom-du-poste = 职位名称
tm-votre-emploi-est-il-a-temps = 您的工作是全职还是兼职？
tm-temps-complet = 全职
tm-temps-partiel = 兼职
tm-votre-emploi-est-il-adapte-a = 您的工作是否适合您的残疾状况？
tm-quelles-sont-les-difficultes-liees-a = 与您的残疾有关的困难有哪些？
tm-accompagnement-pour-conserver-votre = 帮助您保住工作的陪护：
tm-par-la-medecine-du-travail = 由职业医学服务提供
tm-par-le-service-d-appui-au = 由残疾劳动者保住工作支持服务（SAMETH）提供
tm-des-amenagements-ont-ete-realises-sur = 您的工作岗位已做过调整：
tm-etes-vous-actuellement-en-arret-de = 您目前在休病假吗？
tm-vous-etes-actuellement-en-arret-de = 您目前停工的原因：
tm-arret-maladie-avec-indemnites = 病假，领取每日津贴
tm-arret-maladie-sans-indemnites = 病假，不领取每日津贴
tm-vous-etes-en-arret-suite-a = 您因工伤事故或职业病而停工
tm-conge-maternite-conge-d-adoption-autre = 产假/收养假/其他
tm-avez-vous-rencontre-un-professionnel-du = 您是否见过您的退休金机构社会服务部门的专业人员？
tm-a-quelle-date = 哪一天？
tm-avez-vous-rencontre-le-medecin-du = 您是否在复工前检查中见过职业医生？
tm-beneficiez-vous-d-une-ou-des = 您是否领取以下一项或多项补助？
tm-aides-de-l-association-de-gestion = 残疾人就业基金管理协会（AGEFIPH）的援助
tm-aides-du-fonds-pour-l-insertion = 公共部门残疾人就业基金（FIPHFP）的援助
tm-beneficiez-vous-d-une-reconnaissance-de = 您是否已被认定为残疾劳动者（RQTH）？
tm-souhaitez-vous-saisir-vos-experiences = 您想在表格中填写工作经历，还是扫描您的简历（CV）？
tm-numeriser-le-cv-et-l-ajouter = 扫描简历，在完成申请时附上
tm-saisir-mes-experiences-professionnelles = 在此表格中填写我的工作经历
tm-precisez-vos-experiences = 请填写您的工作经历，包括实习和就业融入机构。
tm-votre-niveau-de-qualification = 您的学历/资格水平：
tm-primaire = 小学
tm-secondaire = 中学
tm-superieur = 高等教育
tm-derniere-classe-frequentee = 最后就读的年级：
tm-avez-vous-suivi-une-des-formation = 您接受过职业培训吗？
tm-laquelle-lesquelles = 哪一项/哪些？
tm-precisez-votre-vos-dernier-s-diplome = 请写明您最近获得的文凭：
tm-avez-vous-un-ou-plusieurs-projet = 您有一个或多个职业计划吗？
tm-pourquoi-avez-vous-besoin-de-soutien = 您为什么需要支持？
tm-faire-un-bilan-de-capacites = 评估职业能力
tm-preciser-un-projet-professionnel = 明确职业计划
tm-adapter-l-environnement-de-travail = 调整工作环境
tm-acceder-a-un-emploi = 找到工作
tm-acceder-a-une-formation = 参加培训
tm-autres-renseignements-concernant-votre = 您想告诉我们的关于职业生活的其他信息
tm-vie-de-votre-aidant-familial = 照顾您的家人的生活情况
tm-vous-pouvez-expliquer-l-aide-que = 您可以说明照顾您的人目前给残疾人提供了哪些帮助，也可以说出他/她的期望和需求。
tm-comment-s-appelle-votre-aidant = 照顾您的人叫什么名字？
tm-nom-et-prenom = 姓和名
tm-quel-est-son-lien-avec-la = 他/她与残疾人是什么关系？
tm-vit-il-elle-avec-la-personne = 他/她是否与残疾人同住？
tm-est-il-elle-actuellement-en-emploi = 他/她目前有工作吗？
tm-oui-avec-une-reduction-dactivite-liee = 有，但因照顾受助者而减少了工作时间
tm-quelle-est-la-nature-de-l = 提供的是哪种帮助？
tm-surveillance-presence-responsable = 看护 / 有负责的人在场
tm-aide-aux-deplacements-a-linterieur-du = 帮助在住所内走动
tm-aide-aux-deplacements-a-lexterieur = 帮助外出走动
tm-aide-pour-entretenir-le-logement-et = 帮助打理住所和衣物
tm-aide-a-lhygiene-corporelle = 帮助个人卫生
tm-aide-a-la-preparation-des-repas = 帮助做饭
tm-aide-a-la-prise-de-repas = 帮助吃饭
tm-coordination-des-intervenants = 协调参与的专业人员
tm-gestion-administrative-et-juridique = 行政和法律事务管理
tm-gestion-financiere = 财务管理
tm-stimulation-par-des-activites-loisirs = 通过活动进行激励（休闲、外出等）
tm-aide-a-la-communication-et-aux = 帮助沟通和社交
tm-aide-au-suivi-medical = 帮助医疗跟进
tm-qui-participe-avec-lui-elle-a = 还有谁和他/她一起陪护受助者？
tm-un-des-professionnel-s = 一名或多名专业人员
tm-un-ou-plusieurs-autre-s-proche = 一位或多位其他亲友
tm-il-elle-est-l-unique-aidante = 他/她是申请人唯一的照顾者
tm-est-il-elle-soutenue-dans-sa = 他/她作为照顾者是否得到支持？
tm-en-cas-d-empechement-a-t = 如果他/她不能照顾，是否有人可以替代？
tm-laquelle = 是什么办法？
tm-il-elle-est-ou-sera-prochainement = 他/她目前或即将处于以下某种情况：
tm-eloignement-geographique-demenagement = 住得远（搬家等）
tm-indisponibilite-prolongee-sejour-a = 长期无法照顾（出国、住院等）
tm-changement-majeur-dans-la-situation = 个人情况发生重大变化（分居、配偶去世、住进养老院等）
tm-probleme-de-sante = 健康问题
tm-changement-majeur-dans-la-situation-2 = 职业情况发生重大变化
tm-difficulte-a-assurer-l-accompagnement = 难以继续目前的陪护（精疲力竭、年纪大等）
tm-ses-attentes-en-tant-qu-aidant = 他/她作为家庭照顾者的期望：
tm-pouvoir-se-reposer-au-quotidien = 每天能休息
tm-pouvoir-se-faire-remplacer-en-cas = 需要时有人替代
tm-pouvoir-se-faire-remplacer-en-cas-2 = 遇到意外情况时有人替代
tm-se-faire-remplacer-pour-partir-en = 有人替代，以便周末/假期外出
tm-reprendre-renforcer-maintenir-son = 恢复/增加/保持职业活动
tm-reprendre-renforcer-maintenir-ses-liens = 恢复/加强/保持社会联系
tm-obtenir-une-contre-partie-financiere = 获得经济补偿
tm-echanger-avec-dautres-aidants = 与其他照顾者交流
tm-echanger-avec-les-professionnels-qui = 与跟进受助亲人的专业人员交流
tm-avoir-un-soutien-psychologique = 获得心理支持
tm-etre-conseille-pour-mieux-faire-face = 获得建议，更好地应对亲人的残疾
tm-etre-affilie-gratuitement-a-lassurance = 免费参加养老保险
tm-a-t-il-elle-deja-identifie = 他/她是否已经找到一个或多个可能满足其期望的机构或服务？
tm-vous-souhaitez-mieux-connaitre-les = 您希望更多了解现有的措施和援助：
tm-pour-l-aidant = 针对照顾者
tm-pour-la-personne-aidee = 针对受助者
tm-autres-renseignements-que-vous = 您想告诉我们的关于照顾者生活的其他信息
tm-documents-lies-a-votre-demande = 与您的申请有关的文件
tm-pour-nous-transmettre-les-documents = 用于向我们提交必需的和补充的证明文件
tm-certificat-medical = 医疗证明
tm-votre-certificat-medical-n-est-pas = 您的医疗证明无效，请使用提供的模板之一。
tm-un-certificat-medical-de-moins-de = 一份开具不超过 6 个月、专用于 MDPH 申请的医疗证明。
tm-justificatif-de-domicile = 住址证明
tm-une-photocopie-dun-justificatif-de = 一份开具不超过 3 个月的住址证明复印件（儿童请附上法定代理人的住址证明；借住他人家中的人：请附上住址证明和房主的声誓声明）。
tm-piece-d-identite = 身份证件
tm-une-photocopie-recto-verso-dun = 残疾人以及（如适用）其法定代理人的身份证件正反面复印件（有效身份证件、有效居留证或其他任何准许在法国居留的文件）。
tm-acte-de-deces-acte-de-mariage = 死亡证明 / 结婚证明
tm-carte-grise-vehicule-permis-de-conduire = 车辆行驶证、驾驶证
tm-carte-de-sejour = 居留证
tm-avis-d-impot-sur-le-revenu = 所得税通知书
tm-releve-d-identite-bancaire-rib-iban = 银行账户信息（RIB/IBAN）
tm-attestation-de-paiement-des-indemnites = 每日津贴支付证明（CAF、MSA、SS、Pôle Emploi……）
tm-bulletin-de-salaire = 工资单
tm-devis-facture-aide-technique = 辅助器具的报价单 / 发票
tm-audiogramme = 听力图
tm-livret-de-famille = 家庭户口簿（livret de famille）
tm-facture-cantine-restaurant-scolaire = 食堂账单（学校食堂）
tm-facture-frais-d-obseques = 丧葬费用发票
tm-justificatif-reduction-du-temps-de = 工作时间减少的证明
tm-billets-de-train-fiche-taxi-frais = 火车票 / 出租车单据（因安置产生的交通费）
tm-jugement-de-tutelle-jugement = 监护判决、更正判决、财产托管（curatelle）
tm-justificatif-d-emancipation = 未成年人解除亲权（成年化）证明
tm-jugement-de-delegation-d-autorite = 委托亲权的判决
tm-jugement-de-divorce = 离婚判决
tm-bilan-ophtalmologique-mdph = 眼科检查报告（MDPH）
tm-complement-medical-d-aide-a-l = 协助精神科评估的医疗补充材料
tm-bilan-psychologique-etc = 心理评估等
tm-compte-rendu-d-examen-psychiatrique = 精神科检查报告、精神科问卷等
tm-bilan-orthophonique-psychomoteur = 语言治疗、精神运动、物理治疗、整骨治疗等评估
tm-bilan-camsp-cmp-cmpp = CAMSP、CMP、CMPP 评估
tm-compte-rendu-d-evaluation-medicale = 医疗评估报告
tm-attestation-medicale = 医疗证明书
tm-fiche-de-liaison-medecine-du-travail = 职业医学联络单
tm-prescription-medicale-pour-amenagement-d = 考试调整的医疗处方
tm-bulletin-d-hospitalisation = 住院证明
tm-fiche-de-prescription-hors = 非药物处方单
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = 对于在校儿童，期望写在一份名为 GEVASco 的文件中。GEVASco 是一份信息收集指南，由您与学校校长（首次申请）或负责教师（复审）一起填写。您可以向校长索取负责教师的联系方式。
tm-bilan-de-l-equipe-de-suivi = 学业跟进小组（ESS）报告
tm-fiche-de-liaison-financement-du-materiel = 适应性教学器材资助联络单
tm-fiche-d-evaluation-de-l-autonomie = 学生自理能力评估表（教育督导部门出具）
tm-protocoles-d-accompagnement-d-un-eleve = 由 AVSI（个人学校生活助理）陪护残疾学生的协议
tm-plan-individualise-d-accompagnement-pia = 个性化陪护计划（PIA）
tm-devoirs-particuliers-dyslexie = 特殊作业（阅读障碍、语言治疗等）
tm-certificat-de-scolarite-releve-de-notes = 在学证明、成绩单等
tm-curriculum-vitae-cv = 简历（CV）
tm-courriers-orientation-professionnel = 职业指导信函（UEROS、POPS、CAP EMPLOI……）
tm-bilans-afpa-esat-etc-bilans-appui = 评估（AFPA、ESAT 等），Appui Projet、POPS、Préo、UEROS 评估等
tm-rapport-de-stage = 实习报告
tm-syntheses-etablissements-et-services-ems = 机构和服务的总结报告（EMS、SMS、SAVS、SAMSAH 等）
tm-autre-document = 其他文件

## mdph: account

tm-plus-qu-une-etape = 只剩最后一步
tm-cliquez-sur-le-lien-qui-vous = 请点击发给您的链接以激活账户（记得查看垃圾邮件文件夹）。
tm-votre-compte-a-bien-ete-valide = 您的账户已确认。
tm-ce-lien-est-incorrect-ou-a = 此链接不正确或已被使用。
tm-email-envoye = 邮件已发送
tm-cliquez-sur-le-lien-qui-vous-2 = 请点击通过电子邮件发给您的链接来修改密码。
tm-si-vous-avez-oublie-votre-mot = 如果您忘记了密码，请填写您的电子邮箱，我们会把新密码发到这个邮箱。
tm-veuillez-entrer-votre-email = 请输入您的电子邮箱。
tm-l-adresse-email-n-est-pas = 电子邮箱地址无效。
tm-connectez-vous-pour-reprendre-votre = 请登录以继续办理手续
tm-adresse-email = 电子邮箱地址
tm-veuillez-entrer-une-adresse-email = 请输入一个电子邮箱地址。
tm-cette-adresse-email-n-est-pas = 此电子邮箱地址无效。
tm-veuillez-entrer-un-mot-de-passe = 请输入密码。
tm-vous-n-avez-pas-de-compte = 还没有账户？请注册
tm-une-erreur-est-survenue-lors-de-5 = 发送时出错。所请求的账户可能已经激活，或者不存在。
tm-un-mail-de-confirmation-a-bien = 确认邮件已重新发送到您的邮箱
tm-nouveau-mot-de-passe = 新密码
tm-vous-avez-indique-avoir-oublie-votre = 您表示忘记了密码。请输入新密码来重置。
tm-inscrivez-vous-pour-commencer-votre = 请注册以开始办理手续
tm-veuillez-entrer-votre-adresse-e-mail = 请输入您的电子邮箱地址。
tm-cet-email-n-est-pas-valide = 此电子邮箱无效。
tm-adresse-email-de-secours = 备用电子邮箱地址
tm-veuillez-entrer-votre-adresse-e-mail-2 = 请输入您的备用电子邮箱地址。
tm-erreur-dans-le-formulaire-merci-de = 表格出错，请刷新页面。
tm-contact = 联系方式
tm-veuillez-entrer-votre-numero-de-contact = 请输入您的联系电话。
tm-vous-avez-deja-un-compte-connectez = 已有账户？请登录

## mdph: apropos

tm-en-quelques-mots = 简介
tm-plus-dun-tiers-des-personnes-handicapees = 超过三分之一的残疾人认为与残疾相关的行政手续很复杂。申请的处理时间常常超过法律规定的四个月。
tm-un-traitement-informatise-de-bout-en = 全程电子化处理
tm-une-communication-en-continu = 持续沟通
tm-pour-les-utilisateurs = 面向用户
tm-un-espace-personnel = 个人空间
tm-un-questionnaire-dynamique = 动态问卷
tm-un-accompagnement-des-la-saisie-de = 从填写申请开始就有人协助
tm-un-suivit-en-temps-reel = 实时跟进
tm-une-presence-sur-le-web = 网上服务
tm-une-appropriation-de-votre-espace = 个性化您的空间

## mdph: demande

tm-veuillez-confirmer-la-demande-de = 请确认 { $name } 的申请
tm-une-fois-la-demande-validee-vous = 申请确认后，除文件外您将不能再修改任何信息，而且文件也只能应 MDPH 的要求修改。您的申请摘要如下：
tm-recapitulatif-de-votre-demande = 您的申请摘要
tm-documents = 文件：
tm-en-validant-je-certifie-que-les = 确认即表示我保证以上信息真实准确。
tm-la-mdph-n-accepte-pas-les = MDPH { $name } 不接受通过本网上服务提交的申请，因此无法通过本网上服务向其提交申请。
tm-demande-n = 申请编号 { $shortId }
tm-votre-mdph-vous-demande-de-corriger = 您的 MDPH 要求您更正申请所附的文件
tm-pour-tout-autre-modification-veuillez = 如需做其他修改，请直接联系您的 MDPH（联系方式在页面底部）
tm-telecharger = 下载
tm-votre-demande-est-en-cours-de = 您的 MDPH 正在审核您的申请
tm-informations-obligatoires = 必填信息
tm-informations-complementaires = 补充信息
tm-decrivez-votre-situation-vos-besoins-vos = 请描述您的情况、需求、计划和期望。
tm-demande = 申请 / { $label }
tm-demande-documents = 申请 / 文件
tm-en-cours = { $name } - 进行中…… { $progress }%
tm-ajouter-un-document = 添加文件
tm-autres-types-de-documents = 其他类型的文件
tm-retourner-a-la-demande = 返回申请
tm-choix-du-type-de-document = 选择文件类型
tm-recherche = 搜索
tm-suggestions-de-documents-a-fournir = 建议提供的文件
tm-demande-identite-de-l-autorite-parentale = 申请 / 行使亲权者的身份信息
tm-demande-identite-de-la-personne-vous = 申请 / 协助您办理此手续的人的身份信息
tm-la-personne-vous-aidant-dans-votre = 协助您办理手续的人是
tm-un-proche = 亲友
tm-une-association = 协会
tm-nom-ou-intitule = 姓名（或名称）
tm-la-longueur-minimale-du-nom-est = 姓名至少要有 1 个字符。
tm-recherche-adresse = 搜索地址
tm-localite = 地点
tm-telephone-1 = 电话 1
tm-telephone-2 = 电话 2
tm-demande-identite-du-beneficiaire = 申请 / 受益人的身份信息
tm-nom-d-epouxse-ou-nom-d = 配偶姓氏或惯用姓氏
tm-homme = 男
tm-femme = 女
tm-espace-economique-europeen-ou-suisse = 欧洲经济区或瑞士
tm-date-de-naissance-au-format-jour = 出生日期，格式为 日/月/年
tm-veuillez-utiliser-le-format-jj-mm = 请使用 日日/月月/年年年年 格式。例如：14/09/1989。
tm-commune-de-naissance = 出生市镇
tm-pays-en-cas-de-naissance-a = 国家（如在国外出生）
tm-l-adresse-email-saisie-est-incorrecte = 输入的电子邮箱地址不正确。
tm-si-vous-avez-elu-domicile-aupres = 如果您的通讯地址设在某个机构（协会、收容中心或社会救助中心），请写明是哪一个
tm-organisme-payeur-de-prestations = 支付家庭补助 / RSA 的机构
tm-organisme-d-assurance-maladie = 医疗保险机构
tm-votre-numero-de-securite-sociale = 您的社会保险号
tm-ce-numero-de-securite-sociale-est = 此社会保险号无效。
tm-ce-champ-est-incomplet = 此栏未填写完整。
tm-si-cest-votre-enfant-qui-est = 如果申请涉及您的孩子，请填写孩子的社会保险号
tm-etes-vous-aide-e-dans-vos = 您在 MDPH 办理手续时有人协助吗？
tm-beneficiez-vous-dune-mesure-de = 您是否处于法律保护措施之下？
tm-demande-identite-du-representant-legal = 申请 / 法定代理人的身份信息
tm-demande-prestations = 申请 / 补助
tm-demandes-relatives-a-la-vie-quotidienne = 与日常生活有关的申请
tm-carte-mobilite-inclusion = Carte mobilité inclusion（残疾人出行卡）
tm-allocation-compensatrice-ac = Allocation Compensatrice（AC，补偿津贴）
tm-demandes-relatives-a-la-vie-scolaire = 与学校生活有关的申请
tm-demandes-relatives-au-travail-a-lemploi = 与工作、就业和职业培训有关的申请
tm-orientation-professionnelle = 职业方向指导
tm-le-dispositif-emploi-accompagne-propose = “陪护就业计划为残疾劳动者及其雇主提供医疗社会陪护和就业融入支持。以下残疾劳动者可以参加此计划：
tm-ayant-un-projet-dinsertion-en-milieu = 计划在普通工作环境中就业的人，
tm-accueillis-dans-un-etablissement-ou = 在劳动帮扶机构或服务（ESAT）中、并计划在普通工作环境中就业的人，
tm-deja-en-emploi-en-milieu-ordinaire = 已在普通工作环境中就业、但在稳定工作方面遇到特别困难的人。”
tm-demande-confirmer-votre-compte-mail = 申请 / 确认您的邮箱账户
tm-vous-n-avez-pas-encore-confirme = 您还没有确认您的账户。您可以打开通过电子邮件发给您的激活链接来确认。
tm-en-cas-de-difficultes-vous-pouvez = 如遇困难，您可以发邮件到 contact.mdphenligne@cnsa.fr 联系我们
tm-cliquez-ici-pour-renvoyer-un-mail = 点击这里重新发送确认邮件
tm-retourner-au-profil = 返回个人资料

## mdph: layout

tm-connexion = 登录

## mdph: main

tm-trouvez-le-service-en-ligne-de = 查找您所在 MDPH 的网上服务
tm-votre-demande-en-ligne-a-la = 您向 MDPH 提交的网上申请
tm-la-mdph-c-est-la-maison = MDPH 是 Maison Départementale pour les Personnes Handicapées（省残疾人之家）。它可以满足与您的残疾有关的需求。
tm-ce-service-vous-permet-de-saisir = 本服务让您可以填写申请并提交给您的 MDPH，由其审理您的档案。
tm-il-vous-permet-de-solliciter-la = 您可以以受益人或受益人法定代理人的身份向 MDPH 提出申请。
tm-en-fonction-de-votre-situation-vous = 根据您的情况，您可能有权享受以下权利

## mdph: mdph

tm-votre-mdph = 您的 MDPH：{ $name }
tm-gerez-vos-demandes-en-ligne = 在网上管理您的申请
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = 您的 MDPH 不使用本网上申请服务
tm-continuer-sur-service-public-fr = 在 service-public.fr 上继续
tm-continuer-sur = 在 { $label } 上继续

## mdph: medecin

tm-votre-e-mail = 您的电子邮箱
tm-ex-email-domaine-fr = 例如：email@domaine.fr
tm-l-adresse-email-est-obligatoire = 电子邮箱地址为必填项。
tm-modeles-de-certificats = 证明模板

## mdph: mon_compte

tm-en-attente-de-validation = 等待确认
tm-si-vous-n-avez-pas-recu = 如果您没有收到这封邮件，请点击这里重新发送。
tm-modifier-mon-mot-de-passe = 修改我的密码
tm-veuillez-entrer-votre-mot-de-passe = 请输入您原来的密码。

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = 我们给您发了一封邮件，用于确认您的电子邮箱地址。
tm-type = 类型
tm-document-ajoute = 文件已添加
tm-choisir-le-fichier = 选择文件
tm-veuillez-selectionner-un-fichier = 请选择一个文件
tm-ajouter-ce-fichier = 添加此文件

## mdph: profil

tm-profil-identite-du-representant-legal = 个人资料 / 法定代理人的身份信息
tm-profil-prestations = 个人资料 / 补助
tm-supprimer-ce-profil = 删除此个人资料

## mdph: suivi

tm-cookies-deposes-et-opt-out = 存储的 Cookie 及拒绝（opt-out）
tm-ce-site-depose-un-petit-fichier = 您访问本网站时，网站会在您的电脑上存储一个小文本文件（即“Cookie”）。这样我们可以统计访问次数，了解哪些页面被浏览得最多。
tm-ce-site-naffiche-pas-de-banniere = 为什么本网站不显示 Cookie 同意横幅？
tm-je-contribue-a-enrichir-vos-donnees = 我帮助丰富了你们的数据，我能查看这些数据吗？
tm-bien-sur-les-statistiques-dusage-de = 当然可以！我们大多数产品（包括 https://mdphenligne.cnsa.fr/）的使用统计都在 stats.data.gouv.fr 上公开提供。

## mdph: autorite-form

tm-parent = 父亲或母亲 { $n }
tm-exerce-l-autorite-parentale = 行使亲权
tm-meme-adresse-que-le-beneficiaire = 与受益人地址相同

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = 勾选此框，即表示您保证已获得 { $name } 的同意，以其名义提交申请
tm-precisez-le-domicile = 请说明您住在谁家
tm-de-vos-parents-ou-l-un = 父母家（或其中一方家）
tm-de-vos-enfants-ou-l-un = 子女家（或其中一人家）
tm-d-un-e-ami-e = 朋友家
tm-d-un-autre-membre-de-votre = 其他家庭成员家
tm-d-une-famille-d-accueil = 寄养家庭
tm-et-vous-etes = 您的身份是
tm-de-categorie = 类别
tm-son-prenom = 他/她的名字
tm-montant = 金额
tm-montant-invalide = 金额无效
tm-veuillez-saisir-un-nombre-entre-0 = 请输入 0 到 100 之间的数字。

## mdph: display-file

tm-pas-de-documents = 没有文件
tm-raison-du-refus = 拒绝原因：
tm-supprimez = 删除
tm-suppression-d-un-document = 删除文件

## mdph: footer

tm-contactez-votre-mdph = 联系您的 MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = 请说明您因残疾而需要的补偿
tm-plusieurs-reponses-sont-possibles = 可以多选
tm-adaptez-vos-reponses-a-votre-age = 请根据您的年龄作答。
tm-le-besoin-daide-correspond-a-une = 需要帮助是指需要他人直接帮助，或需要别人用语言激励、引导、督促，或需要物资或经济帮助。
tm-ce-document-correspond-a-lexpression-de = 这份文件表达的是您自己感受到的需求。之后 MDPH 团队会进行深入评估，必要时会与您面谈。

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés（AAH，成年残疾人津贴）及其补充金
tm-carte-d-invalidite-de-priorite-de = 残疾卡 / 优先卡 / 停车卡
tm-orientation-vers-un-etablissement-ou = 转介到医疗社会机构或服务（ESMS）
tm-renouvellement-d-allocation = 续领补偿津贴（ACTP 或 ACFP）
tm-projet-personnalise-de-scolarisation = 个性化就学计划——就学路径和就学援助
tm-orientation-professionnelle-et-ou = 职业方向指导和/或职业培训
tm-reconnaissance-de-la-qualite-de = 残疾劳动者身份认定（RQTH）
tm-affiliation-gratuite-a-l-assurance = 居家照顾孩子的父母免费参加养老保险（AVPF）

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = 其他省（département）：请填写省的编号（例如 01 或 75）

## mdph: menu-dashboard

tm-mes-demandes = 我的申请
tm-documents-associes = 相关文件

## mdph: nav-steps

tm-question-precedente = 上一个问题

## mdph: password-field

tm-votre-mot-de-passe-est-d = 您的密码强度太弱。
tm-veuillez-saisir-8-caracteres = 请输入 8 个字符。
tm-presenter-trois-des-quatre-categories-de = 包含以下四类字符中的三类：大写字母、小写字母、数字和/或特殊字符。
tm-ce-jeton-de-modification-a-deja = 此修改凭证已被用于重置您的密码。请重新申请重置。

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = 包含八个字符，
tm-etre-d-une-robustesse-moyenne = 达到中等强度。
tm-afin-de-garantir-au-mieux-l = 为了尽可能保证数据完整，密码至少必须：

## mdph: prestations

tm-precisez-eventuellement-votre-demande = 如有需要，请补充说明您的申请

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = 请选择一个选项或补充说明您的回答
tm-intitule-du-poste = 职位名称
tm-employeur = 雇主
tm-entreprise = 公司
tm-type-de-contrat = 合同类型
tm-date-de-debut-au-format-jour = 开始日期，格式为 日/月/年
tm-motif-de-fin-d-activite = 离职原因
tm-motif = 原因
tm-valider-l-experience = 确认这段经历
tm-ajouter-une-experience = 添加一段经历
tm-annee-d-obtention = 获得年份
tm-domaine = 领域
tm-intitule-du-diplome = 文凭名称
tm-domaine-d-etude = 学习领域
tm-retirer-le-dernier-diplome = 移除最后一个文凭
tm-ajouter-un-diplome = 添加文凭
tm-matin = 上午
tm-midi = 中午
tm-soiree-nuit = 晚上/夜间
tm-nom-de-l-etablissement = 机构名称
tm-rue = 街道
tm-ex-college-jules-ferry = 例如：collège Jules Ferry
tm-ex-1-rue-de-l-eglise = 例如：1, rue de l'église
tm-ex-paris = 例如：Paris
tm-supprimer-le-dernier-etablissement = 删除最后一个机构
tm-ajouter-un-etablissement = 添加机构
tm-frais-engages = 已发生的费用
tm-montant-total-frequence = 总金额 / 频率
tm-montant-rembourse = 已报销金额
tm-libelle-des-frais = 费用说明
tm-par-jour = 每天
tm-par-semaine = 每周
tm-par-mois = 每月
tm-par-an = 每年
tm-supprimer-le-dernier-frais = 删除最后一项费用
tm-ajouter-des-frais-ponctuels = 添加一次性费用
tm-ajouter-des-frais-recurrents = 添加经常性费用
tm-derniere-reponse-enregistree-le = { $updatedAt } 保存的最新回答：{ $previousModel }
tm-nom-de-la-structure = 机构名称
tm-etes-vous-deja-en-contact = 您已经和他们联系了吗？
tm-supprimer-la-derniere-structure = 删除最后一个机构
tm-ajouter-une-structure = 添加机构

## mdph: representant-form

tm-type-de-mesure-de-protection = 保护措施类型
tm-tutelle = 监护（tutelle）
tm-curatelle = 财产托管（curatelle）
tm-curatelle-renforcee = 加强型财产托管（curatelle renforcée）
tm-habilitation-familiale = 家庭授权（habilitation familiale）

## aidants: layouts

tm-page-d-accueil = 首页

## aidants: 400.html

tm-il-y-a-eu-un-souci = 数据交换时出现了技术问题。
tm-la-syntaxe-de-la-requete-est = 请求的语法有误。您可以重试，如果问题仍然存在，请联系我们。

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = 您没有权限打开此页面。
tm-si-vous-pensez-qu-il-s = 如果您认为这是一个错误，可以访问我们的首页，或联系我们寻求帮助。

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = 找不到您要找的页面。给您带来不便，敬请谅解。
tm-si-vous-avez-tape-l-adresse = 如果您是在浏览器中输入的网址，请检查是否正确。该页面可能已不存在。这种情况下，您可以访问我们的首页继续浏览。否则请联系我们，我们会为您指引正确的信息。

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = FranceConnect 登录的时限已过。
tm-vous-pouvez-reessayer-la-connexion = 您可以从首页重新尝试登录。如果问题仍然存在，请联系我们。

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = 抱歉，服务出现了问题，我们正在尽快解决。
tm-essayez-de-rafraichir-la-page-ou = 请尝试刷新页面，或稍后再试。
tm-si-vous-avez-besoin-d-une = 如果您需要立即帮助，请直接联系我们。

## aidants: aidants_connect_web

tm-imprimer-le-mandat = 打印委托书
tm-mandat-final = 正式委托书
tm-attention-ceci-est-un-projet-de = 注意！这是委托书草稿，没有任何法律效力。
tm-le-mandat-a-ete-cree-avec = 委托书已成功创建。请打印出来，交给委托人签字。
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 打印方法：在浏览器菜单中选择“Fichier”（文件），然后选择“Imprimer”（打印）。
tm-projet-de-mandat-traduit = 委托书草稿译本
tm-vous-trouverez-ci-dessous-un-mandat = 下面是一份委托书范本，有多种语言的译本。这些译本仅用于向用户解释什么是委托书及其意味着什么。这些译本没有任何法律效力。只有法文的正式委托书才具有法律效力。
tm-vous-pouvez-imprimer-ce-mandat-type = 点击下面的按钮可以打印这份委托书范本。请注意，这份委托书没有任何法律效力，翻译仅供用户参考。
tm-version-francaise = 法文版
tm-traduire-le-mandat-en = 将委托书翻译成：
tm-mandat-pour-realiser-des-demarches-en = 通过“Aidants Connect”服务办理网上手续的委托书
tm-attention-nous-vous-rappelons-que-ce = 请注意，这份委托书没有任何法律效力，翻译仅供用户参考。
tm-version-francaise-et-traductions = 法文版及译本
tm-revocation-d-une-autorisation-via-le = 通过“Aidants Connect”服务撤销授权
tm-je-soussigne-e-souhaite-revoquer-l = 本人 { $get_full_name } 希望撤销 { $creation_date } 与 { $organisation } 建立的授权“{ $authorization }”。
tm-fait-a-le = 签于 { $display_address }，{ $date }
tm-le-mandant = 委托人
tm-lautorisation-a-ete-revoquee-avec-succes = 授权已成功撤销。请打印出来，交给委托人签字。
tm-l-autorisation-a-ete-revoquee-avec = 授权已成功撤销！
tm-rappel-de-l-autorisation-revoquee = 已撤销授权的摘要
tm-thematique-administrative = 行政事务类别
tm-date-de-l-autorisation = 授权日期
tm-expiration-de-l-autorisation = 授权到期
tm-imprimer-l-attestation-de-revocation = 打印撤销证明
tm-confirmer-la-revocation-de-l = 确认撤销授权
tm-merci-de-verifier-les-informations-ci = 在确认撤销授权之前，请检查以下信息
tm-rappel-de-l-autorisation-en-cours = 正在撤销的授权摘要
tm-thematique-administrative-associee = 相关的行政事务类别
tm-souhaitez-vous-confirmer-la-revocation = 您确定要撤销此授权吗？
tm-revoquer-l-autorisation = 撤销授权
tm-confirmation-de-revocation = 撤销确认
tm-merci-de-verifier-les-informations-ci-2 = 在确认撤销委托书之前，请检查以下信息
tm-rappel-du-mandat-en-cours-de = 正在撤销的委托书摘要
tm-date-du-mandat = 委托书日期
tm-expiration-du-mandat = 委托书到期
tm-souhaitez-vous-confirmer-la-revocation-2 = 您确定要撤销此委托书吗？
tm-revoquer-le-mandat = 撤销委托书
tm-revocation-d-un-mandat-via-le = 通过 Aidants Connect 服务撤销委托书
tm-je-soussigne-e-souhaite-revoquer-le = 本人 { $usager_name } 希望撤销 { $creation_date } 与 { $organisation } 建立的“Aidants Connect”委托书。
tm-le-mandat-a-ete-revoque-avec = 委托书已成功撤销。请打印出来，交给委托人签字。
tm-le-mandat-a-ete-revoque-avec-2 = 委托书已成功撤销！
tm-rappel-du-mandat-revoque = 已撤销委托书的摘要
tm-mandat-pour-realiser-des-demarches = 在 2020 年 3 月 23 日法律第 4 条宣布的卫生紧急状态期间，通过“Aidants Connect”服务代表用户办理网上行政手续的委托书。
tm-je-soussigne-e-autorise-dont-seuls = 本人 { $get_full_name } 授权 { $organisation }（只有其具备资格的工作人员可以代替我办理），依照《民法典》第 1984 条及以下各条的规定，以我的名义办理以下网上行政手续，无论这些手续是否可以通过 FranceConnect 办理：
tm-autorise-a-utiliser-ses-donnees-a = { $usager } 授权 { $name } 仅为执行本委托而使用其个人数据。
tm-l-aidant-habilite-de-a-rappele = { $name } 的合格协助人员已向 { $usager } 说明：协助的目的、收集其信息的原因及用途；其对自己的数据享有权利（查阅、更正、删除等），以及委托人可以随时撤回同意。
tm-a-cette-fin = 为此：
tm-ne-collecter-et-conserver-que-les = 只收集和保存所列手续严格需要的信息，
tm-nutiliser-les-informations-fournies-que = 所提供的信息只用于所列手续。如要办理其他手续，必须事先告知用户并获得其同意；
tm-ne-collecter-et-conserver-que-les-2 = 只收集和保存所列手续范围严格需要的信息；
tm-nutiliser-les-informations-fournies-que-2 = 所提供的信息只用于办理这些手续。如要办理其他手续，必须事先告知用户并获得其同意；
tm-mettre-a-jour-puis-a-supprimer = 当用户的所有信息不再为办理手续所需时，予以更新然后删除；
tm-respecter-la-confidentialite-des = 对所提供的信息保密；
tm-prendre-toutes-les-precautions-pour = 采取一切预防措施，确保所传送个人数据的安全。
tm-le-mandataire-sengage-a = 受托人承诺：
tm-le-present-mandat-est-accepte-et = 本委托书在 { $name } 的合格协助人员完成其任务所需的期限内被接受和同意。当上述手续办理完毕，或者委托人或受托人随时决定撤销委托时，委托终止。
tm-l-aidant-habilite-de-est-tenu = { $name } 的合格协助人员在负责期间必须履行委托，并依照《民法典》第 1991 条及以下各条，对因不履行委托可能造成的损害承担赔偿责任。
tm-mandat-pour-realiser-des-demarches-en-2 = 卫生紧急状态期间通过“Aidants Connect”服务办理网上手续的委托书
tm-je-mappelle-je-suis-le-mandant = 我的名字是：{ $name }（我是委托人）
tm-jautorise-cest-le-mandataire-a-realiser = 我授权 { $name }（受托人）代替我办理以下行政手续：{ $n }
tm-cette-autorisation-est-conforme-aux = 本授权符合《民法典》第 1984 条及以下各条的规定。这些手续将在网上办理，在使用 FranceConnect 的网站或其他网站上办理。也可以通过行政部门允许的任何方式办理（电话、纸质、电子邮件……）。
tm-je-peux-annuler-mon-autorisation-a = 我可以随时取消我的授权。
tm-je-reconnais-que-laidant-habilite-par = 我确认，{ $name } 授权的协助人员已向我说明其协助的目的，并告诉了我所收集信息的必要性和用途；
tm-jautorise-les-aidants-habilites-par-a = 我授权 { $name } 授权的协助人员在本委托范围内使用我的个人数据。我知道我对有关我的信息享有权利：查阅、更正、删除。
tm-pour-que-puisse-agir-a-ma = 为了让 { $name } 能够代替我办理：
tm-effectuer-les-demarches-listees-dans-ce = 根据我提供给他们的信息，代替我办理本文件所列的手续；
tm-collecter-et-conserver-seulement-les = 只收集和保存本文件所列手续或相关手续所需的信息；
tm-utiliser-et-communiquer-seulement-les = 只使用和传送本文件所列手续或相关手续所需的信息；
tm-minformer-et-demander-mon-autorisation = 在办理本文件所列以外的手续之前，告知我并征得我的同意；
tm-mettre-a-jour-et-supprimer-lensemble = 当我的所有个人信息不再有用时，予以更新和删除；
tm-sinterdire-de-rendre-publiques-mes = 绝不公开我的个人信息；
tm-prendre-toutes-les-precautions-pour-2 = 采取一切预防措施，确保我的个人信息的安全。
tm-les-aidants-habilites-par-doivent = { $name } 授权的协助人员必须：
tm-a-partir-du-moment-ou-un = 一旦 { $name } 授权的协助人员代替我办理本文件所列的某项手续，即表示其同意按照本文件所述的条件办理。
tm-les-demarches-decrites-ci-dessus-sont = 上述手续已办理完毕；
tm-je-decide-de-lannuler = 我决定取消授权；
tm-laidant-habilite-par-decide-de-lannuler = { $name } 授权的协助人员决定取消授权；
tm-je-donne-mon-autorisation-a-une = 我把授权给了 { $name } 授权的协助人员以外的另一个人。这种情况下，我必须尽快告知 { $name }。
tm-mon-autorisation-est-donnee-et-acceptee = 我的授权给予并被接受 { $n }。在以下情况下提前终止：
tm-l-aidant-habilite-par-doit-accomplir = 在委托有效期内，{ $name } 授权的协助人员必须代替我办理本文件所列的手续。如果 { $name } 授权的协助人员不遵守本文件所述的条件，可能要承担责任（《民法典》第 1991 条）。
tm-jautorise-cest-le-mandataire-a-realiser-2 = 我授权 { $name }（受托人）代替我办理以下行政手续：
tm-collecter-et-conserver-utiliser-et = 只收集和保存、使用和传送本文件所列手续或相关手续所需的信息；
tm-l-aidant-habilite-par-doit-accomplir-2 = 在委托有效期内，{ $name } 授权的协助人员必须代替我办理本文件所列的手续。如果不遵守本文件所述的条件，其可能要承担责任（《民法典》第 1991 条）。
tm-fait-a-le-2 = 签于 { $display_address }，{ $display_city }，{ $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = 我授权 { $name }（受托人）为我办理以下行政手续：
tm-pour-que-puisse-agir-pour-mon = 为了让 { $name } 能够为我办理：
tm-effectuer-les-demarches-listees-dans-ce-2 = 根据我提供给他们的信息，为我办理本文件所列的手续；
tm-a-partir-du-moment-ou-un-2 = 一旦 { $name } 授权的协助人员为我办理本文件所列的某项手续，即表示其同意按照本文件所述的条件办理。
tm-l-aidant-habilite-par-doit-accomplir-3 = 在委托有效期内，{ $name } 授权的协助人员必须为我办理本文件所列的手续。如果不遵守本文件所述的条件，其可能要承担责任（《民法典》第 1991 条）。
tm-mandat-pour-realiser-des-demarches-en-3 = 通过“Aidants Connect”服务办理网上手续的委托书
tm-je-mappelle-et-je-suis-le = 我的名字是 { $name }，我是委托人。
tm-jautorise-en-tant-que-mandataire-a = 我授权 { $name } 作为受托人，为我办理以下行政手续：
tm-je-declare-ne-pas-faire-l = 我声明我没有处于任何法律保护措施之下（司法保护 sauvegarde de justice、监护 tutelle 或财产托管 curatelle）。
tm-jautorise-les-aidants-habilites-par-a-2 = 我授权 { $name } 授权的协助人员在本委托范围内使用我的个人数据。我知道我对有关我的信息享有权利：查阅、知情、更正、限制处理、删除。
tm-quand-un-aidant-habilite-par-realise = 当 { $name } 授权的协助人员为我办理上述某项手续时，其承诺按照本文件所述的条件和期限办理，否则将承担民事和刑事责任。
tm-prendre-toutes-les-precautions-pour-3 = 采取一切预防措施，确保我的个人信息的安全和保密。
tm-un-aidant-habilite-par-decide-de = { $name } 授权的某位协助人员决定取消授权；
tm-fait-a-le-3 = 签于 { $display_address }，{ $zipcode } { $display_city }，{ $date }
tm-prenom-nom-et-signature-du-mandataire = 受托人（协助人员）的名字、姓氏和签名
tm-prenom-nom-et-signature-du-mandant = 委托人（用户）的名字、姓氏和签名
tm-il-y-a-des-erreurs-dans = 表格中有错误
tm-lisez-ces-mentions-a-lusager = 请向用户宣读以下说明
tm-le-mandat-est-une-autorisation-ecrite = 委托书是一份书面授权，允许协助人员为您办理行政手续。它保护您，也保护协助您的人员。您可以随时终止它。
tm-une-fois-ce-mandat-signe-par = 双方签署本委托书后，协助人员承诺：
tm-realiser-les-demarches-listees-dans-le = 根据您提供的信息，办理委托书中所列的手续；
tm-utiliser-et-enregistrer-seulement-les = 只使用和记录这些手续所需的信息；
tm-ne-pas-effectuer-dautres-demarches-que = 不办理委托书所列以外的其他手续；
tm-securiser-lensemble-de-vos-informations = 保护您的所有信息，并在不再有用时将其删除。
tm-connectez-lusager-a-franceconnect = 请让用户登录 FranceConnect
tm-recapitulatif-du-mandat-a-distance = 远程委托书摘要
tm-elements-du-mandat = 委托书内容
tm-validation-de-lusager = 用户确认
tm-en-cochant-ces-cases-confirme = 勾选这些方框，即表示 { $name } 确认：
tm-validation-de-laidant = 协助人员确认
tm-enregistrer-le-mandat = 保存委托书

## aidants: login

tm-vous-etes-un-particulier = 您是个人用户吗？
tm-aidants-connect-n-est-pas-un = Aidants Connect 不是供个人或照顾亲人的家属使用的工具。
tm-vous-rencontrez-un-probleme-lors-de = 您在通过 France Connect 登录或进入公共服务个人空间（CAF、税务、ANTS……）时遇到问题了吗？请查看专门的帮助页面。
tm-vous-rencontrez-des-difficultes-avec-le = 您在使用数字工具方面有困难，希望有人专门陪同您办理手续或提高自主能力吗？请查找您附近的地点。

## aidants: aidants_connect_common

tm-adresse-e-mail = 电子邮箱地址

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = 手机号码
tm-format-attendu-10-chiffres = 格式要求：10 位数字
tm-format-attendu-6-chiffres = 格式要求：6 位数字
tm-selectionnez-la-ou-les-demarches = 请选择一项或多项手续
tm-choisissez-la-duree-du-mandat = 请选择委托期限
tm-code-a-6-chiffres = 6 位数字验证码
tm-choisir = 请选择…
tm-exemple-prenom-nom-exemple-fr = 例如：prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = 新的电子邮箱地址
tm-erreur-veuillez-saisir-uniquement-des = 错误：请只输入有效的电子邮箱地址。
tm-telephone-mobile = 手机

## dsfr: component/checkbox

tm-libelle-checkbox = 复选框标签
tm-libelle-checkbox-sub-et-sup = 复选框标签 sub 和 sup
tm-libelle-case-a-cocher = 复选框标签
tm-theme-clair = 浅色主题
tm-theme-sombre = 深色主题
tm-systeme = 跟随系统
tm-legende-pour-lensemble-des-elements = 整组选项的标题
tm-choisissez-un-theme-pour-personnaliser = 请选择一个主题来自定义网站外观。
tm-texte-de-description-additionnel = 附加说明文字
tm-utilise-les-parametres-systeme = 使用系统设置
tm-extrait-de-code = 代码片段
tm-libelle-bouton = 按钮标签
tm-texte-derreur-obligatoire = 必填的错误文字
tm-texte-de-validation = 验证文字
tm-verifier-ma-demande = 检查我的申请
tm-supprimer-le-justificatif-de-domicile = 删除住址证明
tm-la-case-a-cocher-permet-a = 复选框让用户从列表中选择一个或多个选项。它用于多项选择（0 到 N 项），或在用户只能勾选或取消勾选一个选项时用于二选一。
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = 返回
tm-case-a-cocher-checkbox = 复选框（checkbox）
tm-case-a-cocher-seule = 单个复选框
tm-case-a-cocher-seule-exemple-avec = 单个复选框，带下标和上标的示例
tm-case-a-cocher-avec-texte-daide = 带帮助文字的复选框
tm-case-a-cocher-seule-validee = 单个复选框，已验证
tm-case-a-cocher-seule-avec-erreur = 带错误的单个复选框
tm-case-a-cocher-seule-indeterminee = 单个复选框，未确定状态
tm-ensemble-de-cases-a-cocher = 复选框组
tm-ensemble-de-cases-a-cocher-petite = 复选框组，小尺寸
tm-ensemble-de-cases-a-cocher-desactivees = 已禁用的复选框组
tm-ensemble-de-cases-a-cocher-en = 同行排列的复选框组
tm-ensemble-de-cases-a-cocher-avec = 带帮助文字的复选框组
tm-ensemble-de-cases-a-cocher-avec-2 = 带错误的复选框组
tm-ensemble-de-cases-a-cocher-validees = 已验证的复选框组
tm-ensemble-de-cases-a-cocher-avec-3 = 带错误的复选框组，同行排列
tm-ensemble-de-cases-a-cocher-validees-2 = 已验证的复选框组，同行排列
tm-ensemble-de-cases-a-cocher-avec-4 = 带各自帮助文字的复选框组
tm-ensemble-de-cases-a-cocher-avec-5 = 带各自帮助文字的复选框组，小尺寸
tm-autres-versions = 其他版本
tm-parametres-daffichage = 显示设置

## dsfr: component/input

tm-libelle-champ-de-saisie = 输入框标签
tm-envoyer = 发送
tm-supprimer-le-champ = 删除此栏
tm-placeholder = 占位文字
tm-champ-de-saisie-input = 输入框（input）
tm-les-champs-permettent-a-un-utilisateur = 输入框让用户输入内容和数据。
tm-champ-de-type-text = "text" 类型的输入框
tm-champ-de-type-number = "number" 类型的输入框
tm-champ-de-type-search = "search" 类型的输入框
tm-champ-de-type-date = "date" 类型的输入框
tm-preferez-l-utilisation-du-modele-de = 建议使用单一日期模块模板
tm-champ-de-type-textarea = "textarea" 类型的输入框
tm-champ-de-type-password = "password" 类型的输入框
tm-preferez-l-utilisation-du-composant-mot = 建议使用“密码”组件
tm-combo-champ-bouton-d-envoi = 输入框加发送按钮组合
tm-combo-champ-bouton-d-action = 输入框加操作按钮组合
tm-champ-avec-placeholder = 带占位文字（placeholder）的输入框
tm-champ-avec-valeur-initiale = 带初始值的输入框
tm-champ-avec-icone-personalisee = 带自定义图标的输入框
tm-champ-desactive = 已禁用的输入框
tm-champ-avec-texte-additionnel = 带附加文字的输入框
tm-champ-valide-avec-texte-de-succes = 填写正确并带成功提示的输入框
tm-champ-en-erreur-avec-texte-d = 出错并带错误提示的输入框

## dsfr: component/password

tm-caracteres-minimum = 至少 { $n } 个字符
tm-la-demande-de-mot-de-passe = 密码请求模块帮助用户创建或输入密码。
tm-mot-de-passe-password = 密码（password）
tm-mot-de-passe-avec-description = 带说明的密码
tm-mot-de-passe-apres-validation = 验证后的密码
tm-mot-de-passe-de-connexion = 登录密码

## dsfr: component/radio

tm-libelle-bouton-radio = 单选按钮标签
tm-libelle-radio-sup-sub = 单选按钮标签 sup sub
tm-le-bouton-radio-permettent-a = 单选按钮让用户从列表中只选择一个选项。
tm-bouton-radio-radio = 单选按钮（radio）
tm-bouton-radio-simple = 简单单选按钮
tm-ensemble-de-boutons-radio = 单选按钮组
tm-ensemble-de-boutons-radio-petite-taille = 单选按钮组，小尺寸
tm-ensemble-de-boutons-radio-desactivees = 已禁用的单选按钮组
tm-ensemble-de-boutons-radio-en-ligne = 同行排列的单选按钮组
tm-ensemble-de-boutons-radio-avec-texte = 带帮助文字的单选按钮组
tm-ensemble-de-boutons-radio-avec-erreur = 带错误的单选按钮组
tm-ensemble-de-boutons-radio-avec-erreur-2 = 带错误的单选按钮组，同行排列
tm-ensemble-de-boutons-radio-valides = 已验证的单选按钮组
tm-ensemble-de-boutons-radio-valides-en = 已验证的单选按钮组，同行排列
tm-ensemble-de-boutons-radio-avec-texte-2 = 带各自帮助文字的单选按钮组
tm-ensemble-de-boutons-radio-avec-texte-3 = 带各自帮助文字的单选按钮组，小尺寸
tm-ensemble-de-boutons-radio-libelle-en = 单选按钮组，标签带下标和上标
tm-bouton-radio-riche = 富单选按钮
tm-ensemble-de-boutons-radio-riches-simple = 富单选按钮组，简单
tm-ensemble-de-boutons-radio-riches-en = 富单选按钮组，同行排列，简单
tm-ensemble-de-boutons-radio-riches-sans = 不带图示的富单选按钮组
tm-ensemble-de-boutons-radio-riches-sans-2 = 不带图示的富单选按钮组，同行排列
tm-ensemble-de-boutons-radio-riches-avec = 带帮助文字的富单选按钮组
tm-ensemble-de-boutons-radio-riches-avec-2 = 带帮助文字的富单选按钮组，同行排列
tm-ensemble-de-boutons-radio-riches-avec-3 = 带错误和帮助文字的富单选按钮组
tm-ensemble-de-boutons-radio-riches-avec-4 = 带错误和帮助文字的富单选按钮组，同行排列
tm-ensemble-de-boutons-radio-riches = 已禁用的富单选按钮组

## dsfr: component/select

tm-libelle-pour-liste-deroulante = 下拉列表标签
tm-option = 选项 { $n }
tm-selectionnez-une-option = 请选择一个选项
tm-la-liste-deroulante-permet-a-un = 下拉列表让用户从给定列表中选择一项。
tm-liste-deroulante-select = 下拉列表（select）
tm-liste-deroulante-par-defaut = 默认下拉列表
tm-liste-deroulante-desactivee = 已禁用的下拉列表
tm-liste-deroulante-avec-texte-de = 带说明文字的下拉列表
tm-liste-deroulante-valide = 已验证的下拉列表
tm-liste-deroulante-erreur = 出错的下拉列表
tm-liste-deroulante-avec-groupe-d-options = 带选项分组的下拉列表

## dsfr: component/upload

tm-ajouter-un-fichier = 添加文件
tm-ajouter-des-fichiers = 添加多个文件
tm-ce-composant-permet-aux-utilisateurs-de = 此组件让用户选择并发送一个或多个文件。
tm-ajout-de-fichier-upload = 添加文件（upload）
tm-bouton-upload-1-seul-fichier = 仅限 1 个文件的上传按钮
tm-bouton-upload-avec-erreur = 带错误的上传按钮
tm-bouton-upload-fichiers-multiples = 多文件上传按钮
tm-bouton-upload-desactive = 已禁用的上传按钮

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = 登录 [服务或网站名称]
tm-format-attendu = 要求的格式: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect 是国家提供的方案，让登录在线服务更安全、更简单。
tm-se-connecter-avec-franceconnect = 通过 FranceConnect 登录
tm-vous-navez-pas-de-compte = 您没有账户？

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = 用户名或密码不正确

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = 找回您账户的密码
tm-description-veuillez-saisir-ladresse = 说明 — 请输入与您账户关联的电子邮箱地址。我们会向您发送重置密码的更多信息
tm-recuperation-de-mot-de-passe-sur = 在 [服务或网站名称] 上找回密码

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = 详情 — 如果您没有收到邮件（请务必查看垃圾邮件文件夹），可以重新输入您的电子邮箱地址。
tm-votre-demande-de-recuperation-de-mot = 您的找回密码请求已提交。您很快会收到一封邮件。

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = 登录页面

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = 在 [服务或网站名称] 上创建账户
tm-se-creer-un-compte-en-choisissant = 选择用户名来创建账户
tm-sauf-mention-contraire-tous-les-champs = 除非另有说明，所有栏目均为必填。

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = 选择用户名
tm-etape-sur = 第 { $n } 步，共 { $count } 步
tm-etape-suivante-renseigner-une-identite = 下一步: 填写身份信息

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = 女
tm-masculin = 男
tm-je-n-ai-pas-de-prenom = 我没有名字
tm-identite-personnelle = 个人身份信息
tm-sexe = 性别
tm-renseigner-une-identite = 填写身份信息
tm-etape-suivante-saisir-des-coordonnees = 下一步: 输入联系方式

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = 地址补充信息（选填）
tm-coordonnees-personnelles = 个人联系方式
tm-adresse-postale = 邮寄地址
tm-indication-numero-et-voie = 提示: 门牌号和街道
tm-indication-batiment-immeuble-escalier-et = 提示: 楼栋、楼房、楼梯和房间号
tm-exemple-montpellier = 示例: Montpellier
tm-saisir-des-coordonnees = 输入联系方式

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = 创建账户页面

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = 您的账户已创建。您很快会收到一封带确认链接的邮件。

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = 您的账户已激活。您现在就可以开始使用。

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = 地名（lieu-dit）、合并市镇或邮政信箱
tm-numero = 号码
tm-voie = 街道
tm-batiment = 楼栋
tm-immeuble = 楼房
tm-escalier = 楼梯
tm-numero-d-appartement = 房间号
tm-complement-d-adresse-postale = 邮寄地址补充信息
tm-la-demande-dadresse-postale-permet = 邮寄地址请求模块帮助用户输入地址。
tm-bloc-fonctionnel-d-adresse-postale = 邮寄地址功能模块（address）
tm-demande-dune-adresse-postale-nationale = 请求法国境内的邮寄地址
tm-demande-dune-adresse-postale-nationale-2 = 请求法国境内的邮寄地址 + 地名、合并市镇或邮政信箱
tm-complement-d-adresse = 地址补充信息

## dsfr: layout/pattern/civility

tm-docteur = 博士/医生
tm-inspecteur = 督学
tm-sans-reponse = 不回答
tm-titre-dappel = 称谓
tm-demande-de-situation-familiale = 请求婚姻家庭状况
tm-demande-du-titre-dappel = 请求称谓
tm-concubinage = 同居（未婚）
tm-pacse = 已签订 PACS（民事伴侣）
tm-marie = 已婚
tm-veuf = 丧偶
tm-divorce = 离婚
tm-recteur = 学区长
tm-proviseur = 高中校长
tm-professeur = 教师
tm-principal = 初中校长
tm-la-demande-de-civilite-permet-a = 称谓请求模块让用户填写自己的信息（性别、婚姻家庭状况、称谓）。
tm-les-boutons-radios-sont-recommandes = 当用户需要从 2 到 5 个可选项中选择一项时，建议使用单选按钮。
tm-au-dela-de-5-choix-ou = 选项超过 5 个或空间不够时，最好使用下拉列表。
tm-bloc-fonctionnel-de-civilite-civility = 称谓功能模块（civility）
tm-demande-du-sexe = 请求性别

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET 号码
tm-denomination = 企业名称
tm-cedex = Cedex（特殊邮政编码）
tm-type-de-societe = 公司类型
tm-nom-d-usage = 惯用姓
tm-nom-de-naissance = 出生时的姓
tm-fonction-dans-la-societe = 在公司的职务
tm-siret-de-l-entreprise = 企业的 SIRET 号码
tm-representant-moral-de-l-entreprise = 企业的法定代表人
tm-indication-nom-de-famille-non-rectifie = 提示: 法院判决后未更正的姓。
tm-france = 法国
tm-allemagne = 德国
tm-italie = 意大利
tm-espagne = 西班牙
tm-royaume-uni = 英国
tm-entrepreneur-individuel-ei = 个体企业主（EI）
tm-entreprise-unipersonnelle-a = 一人有限责任公司（EURL）
tm-societe-a-responsabilite-limitee-sarl = 有限责任公司（SARL）
tm-societe-par-actions-simplifiee = 一人简化股份公司（SASU）
tm-societe-par-actions-simplifiee-sas = 简化股份公司（SAS）
tm-societe-anonyme-sa = 股份有限公司（SA）
tm-societe-en-nom-collectif-snc = 普通合伙公司（SNC）
tm-societe-en-commandite-simple-scs = 简单两合公司（SCS）
tm-societe-en-commandite-par-actions-sca = 股份两合公司（SCA）
tm-la-demande-de-renseignement-sur-la = 公司信息请求模块帮助用户输入其公司的相关信息。
tm-bloc-fonctionnel-de-societe-company = 公司功能模块（company）
tm-demande-d-un-numero-de-siret = 请求 SIRET 号码
tm-demande-dune-adresse-de-siege-social = 请求注册地址
tm-demande-dun-type-de-societe = 请求公司类型
tm-demande-dun-representant-moral = 请求法定代表人

## dsfr: layout/pattern/date

tm-indication-texte-de-description = 提示: 附加说明文字
tm-exemple-2 = 示例: { $n }
tm-le-jour-est-invalide = 日无效
tm-le-mois-est-invalide = 月无效
tm-lannee-est-invalide = 年无效
tm-le-jour-est-invalide-le-mois-est = 日无效，月无效，年无效
tm-la-date-est-posterieure-a-aujourdhui = 日期晚于今天
tm-le-champ-de-saisie-de-date = 固定日期输入框由三个文本输入框组成。
tm-bloc-fonctionnel-de-date-unique-date = 单一日期功能模块（date）
tm-defaut = 默认
tm-erreur-unitaire = 单个栏目错误
tm-erreur-globale = 整体错误

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = 提示: 此地址仅用于登录本服务。
tm-le-format-de-ladresse-electronique = 输入的电子邮箱地址格式无效。要求的格式: { $email }
tm-la-demande-d-email-est-un = 电子邮箱请求是用于输入电子邮箱地址的功能模块。
tm-bloc-fonctionnel-de-demande-d-email = 电子邮箱请求功能模块（email）
tm-demande-d-une-adresse-electronique = 请求电子邮箱地址
tm-demande-d-une-adresse-electronique-2 = 请求电子邮箱地址 - 错误
tm-demande-et-indication-de-traitement-dune = 请求电子邮箱地址并说明其用途
tm-demande-et-indication-de-traitement-dune-2 = 请求电子邮箱地址并说明其用途 - 错误

## dsfr: layout/pattern/name

tm-indication-ancien-nom = 提示: 曾用姓……
tm-ajouter-un-prenom = 添加名字
tm-la-demande-de-nom-et-prenom = 姓名请求模块帮助用户输入自己的姓和名。
tm-bloc-fonctionnel-de-nom-et-prenom = 姓名功能模块（name）
tm-demande-dun-nom-et-dun-prenom = 在法国请求姓和名
tm-avec-prenom-desactive = 名字栏已禁用
tm-avec-nom-d-usage = 带惯用姓
tm-avec-nom-d-usage-prenom-desactive = 带惯用姓 + 名字栏已禁用
tm-avec-bouton = 带按钮
tm-avec-bouton-prenom-desactive = 带按钮 + 名字栏已禁用
tm-demande-dun-nom-et-dun-prenom-2 = 国际格式的姓名请求

## dsfr: layout/pattern/nationality

tm-nationalite = 国籍
tm-allemande = 德国
tm-italienne = 意大利
tm-espagnole = 西班牙
tm-la-demande-de-nationalite-permet-daider = 国籍请求模块帮助用户填写自己的国籍。
tm-bloc-fonctionnel-de-nationalite = 国籍功能模块（nationality）
tm-demande-de-nationalite = 请求国籍

## dsfr: layout/pattern/tel

tm-numero-de-telephone = 电话号码
tm-format-attendu-33-5-36-49 = 要求的格式: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = 输入的电话号码格式无效。要求的格式: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = 电话号码请求是用于输入电话号码的功能模块。
tm-bloc-fonctionnel-de-telephone-tel = 电话功能模块（tel）
tm-demande-d-un-numero-de-telephone = 请求电话号码
tm-demande-d-un-numero-de-telephone-2 = 请求电话号码 - 错误

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = 居留证申请 – 私人和家庭生活
tm-identite-et-situation-familiale = 身份和婚姻家庭状况
tm-les-champs-suivis-dun-asterisque-sont = 标有星号（ * ）的栏目为必填项。
tm-si-vous-avez-plusieurs-prenoms-indiquez = 如果您有多个名字，请全部填写，用逗号隔开。
tm-algerienne = 阿尔及利亚
tm-afghane = 阿富汗
tm-erythreenne = 厄立特里亚
tm-georgienne = 格鲁吉亚
tm-ukrainienne = 乌克兰
tm-votre-situation-a-la-date-de = 您在申请日的情况
tm-avez-vous-des-enfants-a-charge = 您有受抚养子女吗？
tm-nom-et-prenom-du-conjoint = 配偶的姓和名
tm-date-du-mariage = 结婚日期
tm-date-de-conclusion-du-pacs = 签订 PACS（民事伴侣）的日期
tm-ajouter-un-enfant = 添加子女
tm-enfant-n = 第 { $numero } 个子女
tm-prenom-de-lenfant = 子女的名字
tm-date-de-naissance-de-lenfant = 子女的出生日期
tm-supprimer-lenfant-n = 删除第 { $numero } 个子女
tm-etape-suivante-recapitulatif = 下一步: 摘要
tm-exemple-06-12-34-56-78 = 示例: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 位数字，印在您的居留证或回执（récépissé）上
tm-jatteste-sur-lhonneur-lexactitude-des = 我以名誉担保所提供的信息准确无误
tm-une-erreur-est-survenue-votre-dossier = 发生错误 您的档案未能提交。请改正标出的栏目，然后重新提交您的档案。
tm-le-champ-adresse-electronique-est = “电子邮箱地址”（“Adresse électronique”）栏无效。请输入有效的电子邮箱地址，例如 nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = “外国人号码”（“Numéro étranger”）栏必须为 10 位数字
tm-recapitulatif = 摘要
tm-votre-dossier-a-bien-ete-depose = 您的档案已提交
tm-un-courriel-de-confirmation-vous-a = 确认邮件已发送到您的地址 { $email }。
tm-enfants-a-charge = 受抚养子女

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = 预约 – 居留证窗口
tm-vous-pouvez-prendre-rendez-vous-au = 您可以预约省政府的“居留证”（“Titres de séjour”）窗口。开始之前，请阅读服务使用条件: 每人只能预约一次，任何不完整的申请都将被取消。
tm-jaccepte-les-conditions-generales = 我接受一般使用条件
tm-vos-informations = 您的信息
tm-choisissez-le-motif-qui-correspond-a = 请选择符合您情况的事由
tm-remise-de-titre-de-sejour = 领取居留证
tm-premiere-demande-de-titre-de-sejour = 首次申请居留证 – 学生
tm-renouvellement-de-titre-de-sejour = 居留证续签 – 受雇员工
tm-duplicata-de-titre-de-sejour-perte = 补办居留证（遗失或被盗）
tm-changement-dadresse-sur-le-titre-de = 更改居留证上的地址
tm-tel-quil-figure-sur-votre-passeport = 与您护照上的写法一致
tm-la-convocation-vous-sera-envoyee-a = 传召通知（convocation）将发送到此地址
tm-etape-suivante = 下一步
tm-veuillez-choisir-le-motif-de-votre = 请选择预约事由
tm-ce-champ-est-obligatoire = 此栏为必填项
tm-veuillez-saisir-une-adresse-electronique = 请输入有效的电子邮箱地址
tm-le-numero-etranger-comporte-10-chiffres = 外国人号码为 10 位数字
tm-recommencer = 重新开始

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = 请申报您的家庭在最近三个月内获得的收入。如果不申报，您的 RSA 或就业补贴（prime d’activité）的发放将被暂停。
tm-7-chiffres-il-figure-sur-tous = 7 位数字，印在 Caf 寄给您的所有信件上
tm-avez-vous-percu-des-salaires-au = 本季度您是否领取过工资？
tm-votre-situation-familiale-a-t-elle = 您的婚姻家庭状况有变化吗？
tm-indiquez-le-montant-net-avant = 请填写源头扣税前的净额；如果当月没有任何收入，请填 0。
tm-montant-des-salaires-percus-mois-en = 所领工资金额 – 第 { $n } 个月（欧元）
tm-salaire-net-primes-comprises = 净工资，含奖金
tm-nature-du-changement = 变化类型
tm-choisissez = 请选择……
tm-mariage = 结婚
tm-pacs = PACS（民事伴侣）
tm-vie-en-couple = 同居生活
tm-separation = 分居
tm-naissance-ou-arrivee-dun-enfant = 子女出生或来到家中
tm-deces-du-conjoint = 配偶去世
tm-date-du-changement = 变化日期
tm-a-savoir-la-date-figure-sur = 须知: 日期写在相关证书或证明变化的文件上（DD/MM/YYYY，日/月/年）。
tm-le-numero-allocataire-comporte-7 = 补助领取人号码为 7 位数字。
tm-indiquez-un-montant-en-euros-par = 请填写欧元金额，例如 1250 或 0。
tm-la-date-doit-etre-au-format = 日期格式必须为 DD/MM/YYYY（日/月/年）。
tm-votre-declaration-contient-erreurs = 您的申报中有 { $n } 处错误。
tm-envoi-de-votre-declaration-en-cours = 正在发送您的申报……
tm-votre-declaration-a-bien-ete-enregistree = 您的申报已登记。

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = 您的会话已过期 出于安全原因，您已被退出登录。请重新登录。
tm-veuillez-saisir-votre-identifiant-votre = 请输入您的用户名: 您的外国人号码或电子邮箱地址。
