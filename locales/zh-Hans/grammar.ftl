### Relais grammar, Simplified Chinese: each pattern of locales/fr/grammar.ftl in Chinese, and how
### Chinese builds noun and verb phrases. No articles, cases or plural forms (.inflects = none);
### words are written without spaces. A noun counted by a number needs its classifier, which the
### lexicon does not give: np-num is refused. Negated verbs are not rendered. Punctuation is
### full-width; the French final marks are not copied (.marks keeps only "…").
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = imp pp ing past fut noun ger p1 p2 p3 p1pl p2pl p3pl
    .agrees = none
    .label = bare
    .button = inf
    .object = acc
    .marks = …

## Noun phrases

np-def = { $x }
np-indef = { $x }
np-of = { $y }的{ $x }
np-your = 您的{ $x }
np-my = 我的{ $x }
np-our = 我们的{ $x }
np-their = { $not-given }
np-this = 此{ $x }
np-num = { $classifier-needed }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x }{ $n }号

## Verb phrases

vp = { $verb }{ $object }
vp-neg = { $neg ->
    [implicit] { $x }
   *[other] { $not-given }
}

## Noun phrases

# "X et Y de Z" is not given (pattern-and, -or, -slash, list3): the complement comes first here,
# and French does not say whether "de Z" belongs to Y alone or to both.
pattern-number-of = { $x }编号
pattern-date-of = { $x }日期
pattern-expiry-date-of = { $x }到期日期
pattern-count-of = { $x }数量
pattern-place-of = { $x }地点
pattern-amount-of = { $x }金额
pattern-address-of = { $x }地址
pattern-type-of = { $x }类型
pattern-step-of = 第{ $n }步，共{ $m }步

## Field details

pattern-optional = { $x }（选填）
pattern-optional-alone = （选填）
pattern-required = { $x }（必填）
pattern-less-than-months = 近{ $n }个月内的{ $x }
pattern-digits = { $n }位数字
pattern-characters-max = 最多{ $n }个字符
pattern-characters-min = 至少{ $n }个字符
pattern-x-characters-min = { $x }（至少{ $n }个字符）
pattern-expected-format = 格式要求：{ $t }
pattern-format = 格式：{ $t }
pattern-example-of = 示例（{ $t }）：{ $u }
pattern-example = 示例：{ $t }
pattern-max-size = 允许的最大大小：{ $t }
pattern-supported-formats = 支持的格式：{ $t }
pattern-in-progress = { $x }处理中
pattern-without = 无{ $x }
pattern-thanks = 谢谢！
pattern-hello = 您好，
pattern-warning = 注意：{ $p }
pattern-warning-v = 注意：{ $v }
pattern-information = 信息：{ $p }
pattern-you-are-here = 您的位置
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }：{ $y }
pattern-yes-word = 是
pattern-no-word = 否

## Questions

pattern-changed = { $x }是否有变化？
pattern-need-help = 需要帮助吗？
pattern-question-problem = 有疑问或问题？
pattern-an-idea = 有什么想法？

## Negations

pattern-i-have-no = 我没有{ $x }
pattern-not-valid = { $x }无效
pattern-is-required = { $x }为必填项
pattern-expired = { $x }已过期

## Sentences with a verb

pattern-please = 请{ $v }
pattern-contact = 联系我们
