### Textos da interface do Relais, português europeu. Os identificadores começam pela parte da interface que os mostra.

## Janela da extensão (popup)
popup-title = Relais
popup-language = A sua língua
popup-site-on = Mostrar as traduções neste site
popup-site-unsupported = O Relais funciona nos sites dos serviços públicos franceses. Esta página não é um deles.
popup-site-add = Usar também o Relais neste site
popup-unreviewed = Esta tradução foi feita por uma máquina e ainda não foi verificada por um falante nativo. Se alguma coisa não estiver clara, pergunte a um mediador.
popup-reviewed = Esta tradução foi verificada por um falante nativo.
popup-produced = Como esta tradução foi feita: { $produced }
popup-error = O Relais não conseguiu arrancar: { $detail }

## Nas páginas dos portais (overlay)
overlay-explain = Explicar
overlay-unreviewed = Tradução ainda não verificada por um falante nativo.
overlay-fallback = Ainda não traduzido para a sua língua: mostrado noutra língua.
overlay-read-aloud = Ler em voz alta
overlay-no-voice = Este computador não tem voz para a sua língua. Pode ouvir em francês.
overlay-hard = Texto em francês difícil: leia devagar ou peça ajuda a um mediador.
overlay-read-french = Ler em francês

## Erros (cada um corresponde a um erro do núcleo Rust)
error-protocol = O Relais recebeu uma mensagem que não compreende. ({ $detail })
error-unknown-language = O Relais ainda não tem esta língua.
error-locale = Um ficheiro de língua do Relais está danificado. Escolha outra língua ou volte a instalar o Relais. ({ $detail })
error-not-loaded = A língua ainda está a carregar. Tente novamente daqui a um momento.
