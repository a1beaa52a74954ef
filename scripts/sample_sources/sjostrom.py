"""Hanna Sjöström: assistant professor, statistics; journals first, a few ML papers; awards in a table."""

BLOCKS = [
    ("name", "Hanna Sjöström"),
    ("line", "Lecturer (Assistant Professor) in Statistics, School of Mathematics, University of Edinburgh"),
    ("line", "James Clerk Maxwell Building, Edinburgh EH9 3FD · hanna.sjostrom@ed.example"),
    ("h", "Research Interests"),
    ("p", ("Statistical inference for stochastic approximation and SGD iterates, conformal prediction, "
          "high-dimensional inference, and uncertainty quantification for machine-learning models.")),
    ("h", "Employment"),
    ("row", "2021–present", "Lecturer in Statistics, University of Edinburgh"),
    ("row", "2019–2021", ("Florence Nightingale Bicentennial Fellow, Department of Statistics, University "
                         "of Oxford")),
    ("h", "Education"),
    ("row", "2019", "PhD in Statistics, Stanford University. Advisor: Prof. Gregory Lindahl"),
    ("row", "2014", "MSc in Mathematical Statistics, Stockholm University"),
    ("h", "Publications"),
    ("p", "Statistics journals"),
    ("entry", "", ("Sjöström, H., & Lindahl, G. (2024). Online inference for Polyak–Ruppert averaged "
                  "stochastic gradient descent. __The Annals of Statistics__, 52(3), 1120–1148.")),
    ("entry", "", ("Sjöström, H., Osei, A., & Lindahl, G. (2023). Conformal prediction under covariate "
                  "shift with estimated weights. __Journal of the American Statistical Association__, "
                  "118(544), 2501–2514.")),
    ("entry", "", ("Sjöström, H. (2022). Bootstrap confidence sets for the last iterate of SGD. "
                  "__Biometrika__, 109(4), 931–947.")),
    ("entry", "", ("Sjöström, H., & Lindahl, G. (2021). High-dimensional inference with debiased "
                  "stochastic approximation. __Journal of the Royal Statistical Society: Series B__, 83(2), "
                  "301–327.")),
    ("entry", "", ("Lindahl, G., & Sjöström, H. (2020). A central limit theorem for averaged "
                  "stochastic mirror descent. __Bernoulli__, 26(4), 2820–2846.")),
    ("p", "Machine learning conferences"),
    ("entry", "", ("Sjöström, H., & Chen, R. (2024). Uncertainty for the optimiser: confidence intervals "
                  "for training curves. In __Proceedings of the 41st International Conference on Machine "
                  "Learning (ICML)__.")),
    ("entry", "", ("Chen, R., & Sjöström, H. (2023). Conformal early stopping. In __Advances in Neural "
                  "Information Processing Systems 36 (NeurIPS)__.")),
    ("entry", "", ("Sjöström, H., Osei, A. (2022). Split conformal prediction for time series with "
                  "learned scores. In __Proceedings of the 25th International Conference on Artificial "
                  "Intelligence and Statistics (AISTATS)__.")),
    ("h", "Prizes and Awards"),
    ("table", "2024", "Research Prize, Royal Statistical Society"),
    ("table", "2023", ("Best Paper Award, ICML 2023 Workshop on Distribution-Free Uncertainty "
                      "Quantification")),
    ("table", "2019", "IMS Lawrence D. Brown PhD Student Award"),
    ("table", "2014", "Cramér Prize for the best master's thesis in mathematical statistics, Sweden"),
    ("h", "Grants"),
    ("p", "EPSRC New Investigator Award (2023–2026), GBP 320,000, PI."),
    ("h", "Teaching"),
    ("p", "Statistical Learning (MSc, 2021–); Bayesian Data Analysis (year 3, 2022–)."),
]
