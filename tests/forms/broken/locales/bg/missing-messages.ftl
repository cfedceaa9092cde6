missing-messages-title = Цветове
missing-messages-colour = Кой цвят?
missing-messages-colour--red = Червен
missing-messages-score = Колко?
missing-messages-score--min = малко
