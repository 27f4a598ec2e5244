### Relais lexicon, Simplified Chinese: the same ids as locales/fr/lexicon.ftl.
### Nouns and verbs: value only (Chinese does not inflect). Glossary concepts: the noun phrase
### without the gloss in brackets that the glossary label carries.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-message = 留言
word-page = 页面
word-formulaire = 表格
word-document = 文件
word-champ = 字段
word-perte = 遗失
word-vol = 被盗
word-janvier = 一月
word-fevrier = 二月
word-mars = 三月
word-avril = 四月
word-mai = 五月
word-juin = 六月
word-juillet = 七月
word-aout = 八月
word-septembre = 九月
word-octobre = 十月
word-novembre = 十一月
word-decembre = 十二月

## Verbes — Verbs
word-ajouter = 添加
word-supprimer = 删除
word-modifier = 修改
word-selectionner = 选择
word-choisir = 选择
word-afficher = 显示
word-envoyer = 发送
word-confirmer = 确认
word-annuler = 取消
word-enregistrer = 保存
word-continuer = 继续
word-creer = 创建
word-se-creer = 创建
word-saisir = 输入
word-renseigner = 填写
word-indiquer = 填写
word-remplir = 填写
word-verifier = 检查
word-fermer = 关闭
word-reessayer = 重试
word-se-connecter = 登录
word-s-inscrire = 注册
word-recuperer = 找回
word-imprimer = 打印

## Concepts: the noun phrase inside a sentence (no gloss)
concept-titre-de-sejour = 居留证
concept-dossier = 档案
concept-numero-fiscal = 税号
concept-demande = 申请
concept-attestation = 证明

## Adjectifs — Adjectives (alone, as a button; no agreement is given)
word-suivant = 下一步
word-precedent = 上一步
