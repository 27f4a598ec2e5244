### Relais 界面文字，简体中文。消息标识以显示它的界面部分开头。

## 弹出窗口（Popup）
popup-title = Relais
popup-language = 您的语言
popup-site-on = 在这个网站上显示翻译
popup-site-unsupported = Relais 只在法国公共服务网站上使用。这个页面不是公共服务网站。
popup-site-add = 也在这个网站上使用 Relais
popup-unreviewed = 这份翻译是由机器完成的，还没有经过以中文为母语的人检查。如果有不清楚的地方，请询问协助人员。
popup-reviewed = 这份翻译已经由以中文为母语的人检查过。
popup-produced = 这份翻译是如何完成的：{ $produced }
popup-error = Relais 无法启动：{ $detail }

## 网站页面上的提示（Overlay）
overlay-explain = 解释
overlay-unreviewed = 翻译尚未经过以中文为母语的人检查。
overlay-fallback = 还没有翻译成您的语言：这里用另一种语言显示。
overlay-read-aloud = 朗读
overlay-no-voice = 这台电脑没有您的语言的语音。您可以听法语朗读。
overlay-hard = 这里的法语很难：请慢慢读，或者请协助人员帮忙。
overlay-read-french = 用法语朗读

## 错误（每一条对应一个 Rust 错误）
error-protocol = Relais 收到了一条无法理解的消息。（{ $detail }）
error-unknown-language = Relais 还没有这种语言。
error-locale = Relais 的一个语言文件已损坏。请选择另一种语言，或重新安装 Relais。（{ $detail }）
error-not-loaded = 语言还在加载中。请稍后再试。

## 验证码（CAPTCHA）提示（Relais 从不替您完成验证码：只做解释）
captcha-title = 安全验证：“Je ne suis pas un robot”（我不是机器人）
captcha-what = 网站要求您证明自己是人，而不是电脑程序。Relais 不会替您回答：下面告诉您怎样自己完成这一步。
captcha-steps-captchetat = 把图片里的字母和数字输入到输入框里，要和您看到的完全一样，不要加空格。
captcha-audio-captchetat = 如果想听验证码，请按喇叭按钮：“Énoncer le code”（读出验证码）。需要的话，可以听很多遍。带箭头的按钮会换一张新图片。
captcha-steps-recaptcha-v2 = 勾选“Je ne suis pas un robot”（我不是机器人）这个方框。如果出现图片，请选出要求的图片，然后按“Valider”（确认）。
captcha-audio-recaptcha-v2 = 如果看不清图片，请在图片窗口里按耳机按钮：您会听到一些要输入的单词。可以再听一遍。
captcha-steps-recaptcha-invisible = 什么都不用做：这个验证会自动完成。如果页面说您像机器人，请稍等一下再试。
captcha-steps-hcaptcha = 勾选“Je suis un humain”（我是人）这个方框。如果出现图片，请选出要求的图片。
captcha-audio-hcaptcha = hCaptcha 有无障碍选项：在图片窗口里打开菜单，可以要求改用文字题；也可以注册一次，获取 hCaptcha 的无障碍 cookie。
captcha-steps-turnstile = 通常什么都不用做。如果出现一个方框，请勾选它，然后等几秒钟。
captcha-steps-friendly-captcha = 这个验证会自动完成。请等到它显示验证已完成；如果它要求您按按钮，请按一下。
captcha-steps-image = 把图片里的字符抄到旁边的输入框里。
captcha-audio-image = 如果有收听按钮或换新图片的按钮，需要的话可以多次使用。
captcha-steps-question = 在输入框里回答问题。这是一个简单的问题，比如一道加法题。
captcha-fails = 如果还是不成功，请询问协助人员。Relais 会把每次失败记录在您的日志里，作为证据。您有权要求行政部门让您用另一种方式办理这个手续，不用上网。
captcha-go-audio = 前往语音版本
captcha-go-widget = 前往验证
captcha-blocked = 这个安全验证已经失败 { $count } 次。Relais 已经记录下来。

## 证据日志（Evidence journal）
popup-journal = 打开我的日志
popup-report = 我在这里被卡住了：记录这个页面
popup-report-note = 发生了什么？（可以不填）
popup-recorded = 已记录在您的日志里。
journal-title = 我的证据日志
journal-intro = 您在网站上遇到的每一次失败，Relais 都会自动记录。每条记录都和前一条连在一起，所以任何人修改它都会被发现。
journal-empty = 还没有任何记录。
journal-per-day = 每天的尝试次数
journal-attempts = 尝试次数：{ $count }
journal-delete = 删除这条记录
journal-delete-confirm = 删除这条记录吗？日志里会保留一条删除记录，并写明您的理由。
journal-export = 导出文件包（ZIP），交给律师
journal-print = 打印材料（PDF）
journal-import = 从另一台电脑导入文件包
journal-import-ok = 文件包已验证并导入：共 { $count } 条记录。
journal-import-refused = 文件包被拒绝，您的日志没有改变：{ $detail }
journal-error = 无法读取日志：{ $detail }
