"""Amara Okonkwo: postdoc, adaptive optimisers; few papers, nearly all top-tier; IEEE style."""

BLOCKS = [
    ("name", "Amara Okonkwo"),
    ("line", "Postdoctoral Fellow, Vector Institute and Department of Computer Science, University of Toronto"),
    ("line", "108 College St, Toronto, ON M5G 0C6, Canada  |  amara.okonkwo@vectorinstitute.example"),
    ("h", "Research Interests"),
    ("p", ("Optimisation for deep learning: adaptive gradient methods (Adam, RMSProp and their variants), "
          "learning-rate warmup and schedules, parameter-free and line-search methods, and the theory of "
          "training under relaxed smoothness. I aim for methods that come with guarantees and that "
          "practitioners actually adopt.")),
    ("h", "Education"),
    ("row", "2018 – 2023", ("Ph.D., Electrical Engineering and Computer Sciences, University of California, "
                          "Berkeley. Dissertation: \u201cAdaptive methods beyond bounded gradients.\u201d "
                          "Advisor: Prof. Michael Chen.")),
    ("row", "2014 – 2018", ("B.Sc. (Hons) Mathematics and Computer Science, University of Lagos, Nigeria. "
                          "First Class.")),
    ("h", "Appointments"),
    ("row", "2023 – present", ("Postdoctoral Fellow, Vector Institute / University of Toronto "
                             "(host: Prof. Sofia Varga)")),
    ("row", "Summer 2021", "Research intern, optimisation team, an industrial AI lab, Mountain View, CA"),
    ("h", "Publications"),
    ("p", "* Equal contribution. Google Scholar: 1,020 citations."),
    ("entry", "[1]", ("A. Okonkwo, J. Park, and S. Varga, \u201cWhy Adam needs warmup: a variance-based "
                     "explanation,\u201d in __Proc. 42nd Int. Conf. Machine Learning (ICML)__, Vancouver, "
                     "Canada, 2025, pp. 21044–21068.")),
    ("entry", "[2]", ("A. Okonkwo and M. Chen, \u201cA stochastic line search for Adam-type methods,\u201d in "
                     "__Int. Conf. Learning Representations (ICLR)__, Vienna, Austria, 2024. "
                     "Spotlight presentation.")),
    ("entry", "[3]", ("A. Okonkwo*, D. Ferreira*, and M. Chen, \u201cAdaptive methods converge under relaxed "
                     "smoothness without bounded gradients,\u201d in __Advances in Neural Information "
                     "Processing Systems (NeurIPS)__, vol. 36, New Orleans, LA, 2023, pp. 30112–30140.")),
    ("entry", "[4]", ("A. Okonkwo and M. Chen, \u201cConvergence of RMSProp-type methods with decaying "
                     "second-moment weights,\u201d __SIAM J. Mathematics of Data Science__, vol. 6, no. 2, "
                     "pp. 411–438, 2024.")),
    ("entry", "[5]", ("D. Ferreira, A. Okonkwo, and M. Chen, \u201cLearning-rate-free training of "
                     "transformers via distance estimation,\u201d in __Proc. 25th Int. Conf. Artificial "
                     "Intelligence and Statistics (AISTATS)__, 2022, pp. 7734–7759.")),
    ("entry", "[6]", ("A. Okonkwo and M. Chen, \u201cWarmup as a trust region,\u201d in __OPT 2022: "
                     "Optimization for Machine Learning (NeurIPS Workshop)__, New Orleans, LA, 2022.")),
    ("entry", "[7]", ("A. Okonkwo, S. Varga, and J. Park, \u201cScaling laws for the optimal Adam "
                     "epsilon,\u201d arXiv:2509.12044, 2025.")),
    ("h", "Honors and Awards"),
    ("row", "2023", "Vector Institute Postdoctoral Fellowship"),
    ("row", "2023", "Top Reviewer, NeurIPS 2023"),
    ("row", "2022", "Rising Stars in EECS"),
    ("row", "2021", "Outstanding Graduate Student Instructor Award, UC Berkeley EECS"),
    ("h", "Teaching"),
    ("row", "2024", "Guest lecturer, CSC 2515 Machine Learning, University of Toronto"),
    ("row", "2020, 2021", "Graduate Student Instructor, CS 189 Introduction to Machine Learning, UC Berkeley"),
    ("h", "Service"),
    ("p", ("Reviewer for NeurIPS, ICML, ICLR, JMLR and SIAM J. Optim. Co-organiser, Black in AI "
          "mentoring programme (2022–2024).")),
]
