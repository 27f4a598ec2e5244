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
