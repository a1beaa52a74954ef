"""Marcus Feldhaus: industry researcher, recommender systems; many KDD/WWW papers; ACM style, wrapped."""

BLOCKS = [
    ("name", "Dr. Marcus Feldhaus"),
    ("line", "Staff Research Scientist, Nordlicht Commerce AI, Berlin, Germany"),
    ("line", "marcus.feldhaus@posteo.example   ·   +49 30 5550 1234   ·   linkedin.example/in/mfeldhaus"),
    ("h", "PROFILE"),
    ("p", ("Research scientist with eight years of industrial experience building large-scale "
          "recommender and ranking systems. Interested in training embedding models with billions of "
          "parameters, online learning under distribution shift, and returning to academia to teach "
          "machine learning systems.")),
    ("h", "EXPERIENCE"),
    ("row", "2021 – present", ("Staff Research Scientist, Nordlicht Commerce AI, Berlin. Leads a team of "
                              "six on ranking models for search and recommendations.")),
    ("row", "2017 – 2021", "Senior Machine Learning Scientist, a European e-commerce company, Berlin"),
    ("h", "EDUCATION"),
    ("row", "2017", ("Dr. rer. nat. (Computer Science), Technical University of Munich. Dissertation: "
                   "Scalable matrix factorisation for implicit feedback. Summa cum laude.")),
    ("row", "2012", "M.Sc. Informatics, Karlsruhe Institute of Technology"),
    ("h", "PUBLICATIONS (ACM REFERENCE FORMAT)"),
    ("entry", "1.", ("Marcus Feldhaus, Ingrid Solberg, and Yusuf Demir. 2025. Frequency-Aware Adagrad for "
                    "Embedding Tables with Power-Law Access. In Proceedings of the 31st ACM SIGKDD "
                    "Conference on Knowledge Discovery and Data Mining (KDD '25). ACM, New York, NY, USA, "
                    "3302–3313.")),
    ("entry", "2.", ("Ingrid Solberg, Marcus Feldhaus, and Lars Ekström. 2024. Online Learning-Rate Tuning "
                    "for Production Ranking Models. In Proceedings of the ACM Web Conference 2024 (WWW '24). "
                    "ACM, 1880–1891.")),
    ("entry", "3.", ("Marcus Feldhaus and Yusuf Demir. 2023. Two-Tower Models Under Popularity Shift. In "
                    "Proceedings of the 17th ACM Conference on Recommender Systems (RecSys '23). ACM, "
                    "455–466.")),
    ("entry", "4.", ("Marcus Feldhaus, Yusuf Demir, and Ingrid Solberg. 2022. Sharded Embedding Training "
                    "with Staleness Bounds. In Proceedings of the 28th ACM SIGKDD Conference on Knowledge "
                    "Discovery and Data Mining (KDD '22). ACM, 2871–2880.")),
    ("entry", "5.", ("Yusuf Demir and Marcus Feldhaus. 2022. Learning to Rank with Delayed Feedback. In "
                    "Proceedings of the 45th International ACM SIGIR Conference on Research and "
                    "Development in Information Retrieval (SIGIR '22). ACM, 1502–1512.")),
    ("entry", "6.", ("Marcus Feldhaus, Anna Berg, and Lars Ekström. 2021. Calibrated Click Models for "
                    "Marketplace Search. In Proceedings of the 27th ACM SIGKDD Conference on Knowledge "
                    "Discovery and Data Mining (KDD '21). ACM, 2901–2910. Applied Data Science Track, "
                    "Best Paper Runner-up.")),
    ("entry", "7.", ("Marcus Feldhaus and Anna Berg. 2020. Negative Sampling for Implicit Feedback "
                    "Revisited. In Proceedings of the 29th ACM International Conference on Information and "
                    "Knowledge Management (CIKM '20). ACM, 2101–2104.")),
    ("entry", "8.", ("Marcus Feldhaus, Anna Berg, and Thomas Reuter. 2019. Fast Alternating Least Squares "
                    "on GPUs. In Proceedings of the 12th ACM International Conference on Web Search and "
                    "Data Mining (WSDM '19). ACM, 600–608.")),
    ("entry", "9.", ("Marcus Feldhaus and Thomas Reuter. 2016. Implicit Matrix Factorisation at Scale with "
                    "Conjugate Gradients. In 2016 IEEE 16th International Conference on Data Mining (ICDM). "
                    "IEEE, 891–896.")),
    ("entry", "10.", ("Marcus Feldhaus, Thomas Reuter, and Claudia Vogt. 2015. Sampling Strategies for "
                     "Bayesian Personalised Ranking. In Proceedings of the 9th ACM Conference on "
                     "Recommender Systems (RecSys '15). ACM, 251–258.")),
    ("h", "PATENTS"),
    ("entry", "P1.", ("M. Feldhaus, Y. Demir. System and method for staleness-bounded sharded embedding "
                     "training. European Patent Application EP 4 123 456 A1, 2023.")),
    ("h", "AWARDS"),
    ("bullet", "KDD 2021 Applied Data Science Track, Best Paper Runner-up"),
    ("bullet", "TUM Dissertation Award of the Department of Informatics, 2018"),
    ("h", "TEACHING"),
    ("p", "Guest lectures on recommender systems at TU Berlin (2022, 2023, 2024)."),
]
