"""Mateus Albuquerque da Silva: industry researcher, second-order optimisers at scale; DOCX, patents."""

BLOCKS = [
    ("name", "Mateus Albuquerque da Silva"),
    ("line", "Senior Research Scientist, Helix AI Research, London, United Kingdom"),
    ("line", "mateus.albuquerque@helix-ai.example | +44 20 5550 0199 | github.example/mateusads"),
    ("h", "Summary"),
    ("p", ("I make second-order and preconditioned optimisers practical at the scale of modern "
          "foundation models: Kronecker-factored preconditioners, memory-efficient optimiser states and "
          "distributed implementations. I am looking for a faculty position to build a group on "
          "optimisation algorithms for deep learning that are both principled and deployable.")),
    ("h", "Professional Experience"),
    ("row", "2021–present", ("Senior Research Scientist, Helix AI Research, London. Tech lead for the "
                            "optimiser team; our preconditioner trains the company's production models.")),
    ("row", "2019–2021", "Research Scientist, Helix AI Research, London"),
    ("row", "2018", "Visiting PhD student, Machine Learning and Optimization Laboratory, EPFL, Lausanne"),
    ("h", "Education"),
    ("row", "2019", ("PhD in Computer Science and Computational Mathematics, Universidade de São Paulo "
                   "(ICMC-USP), São Carlos, Brazil. Thesis: __Kronecker-factored curvature for training "
                   "deep networks__. Advisor: Prof. Fernanda Lemos.")),
    ("row", "2014", "BSc in Applied Mathematics, Universidade Estadual de Campinas (Unicamp)"),
    ("h", "Publications"),
    ("p", "Peer-reviewed conference papers"),
    ("entry", "1.", ("M. Albuquerque da Silva, R. Patel, E. Novak. **Sharded Kronecker preconditioners for "
                    "trillion-parameter training.** Advances in Neural Information Processing Systems "
                    "(NeurIPS), 2024.")),
    ("entry", "2.", ("M. Albuquerque da Silva, R. Patel. **Eigenvalue-corrected curvature with stale "
                    "statistics.** Proceedings of Machine Learning and Systems (MLSys), 2023. Outstanding "
                    "Paper Award.")),
    ("entry", "3.", ("R. Patel, M. Albuquerque da Silva, E. Novak. **When is second-order worth it? A "
                    "compute-matched benchmark of deep learning optimisers.** Proceedings of the 39th "
                    "International Conference on Machine Learning (ICML), PMLR 162, 2022.")),
    ("entry", "4.", ("M. Albuquerque da Silva, F. Lemos. **Damping schedules for natural-gradient "
                    "methods.** International Conference on Learning Representations (ICLR), 2021.")),
    ("entry", "5.", ("M. Albuquerque da Silva, F. Lemos. **Block-diagonal Fisher approximations for "
                    "convolutional networks.** Brazilian Conference on Intelligent Systems (BRACIS), 2018.")),
    ("p", "Workshops and preprints"),
    ("entry", "6.", ("M. Albuquerque da Silva, E. Novak. **Preconditioner staleness is mostly harmless.** "
                    "OPT 2020: 12th Annual Workshop on Optimization for Machine Learning, NeurIPS 2020.")),
    ("entry", "7.", ("M. Albuquerque da Silva, R. Patel, E. Novak, J. Grey. **Low-precision Kronecker "
                    "factors without loss spikes.** arXiv preprint arXiv:2506.07781, 2025.")),
    ("entry", "8.", ("E. Novak, M. Albuquerque da Silva. **A memory-optimal Adam variant for sharded "
                    "training.** arXiv preprint arXiv:2411.05530, 2024.")),
    ("h", "Patents"),
    ("entry", "P1.", ("M. Albuquerque da Silva, R. Patel. Distributed computation of Kronecker-factored "
                     "preconditioners. US Patent Application 18/345,678, filed 2023.")),
    ("entry", "P2.", ("M. Albuquerque da Silva. Mixed-precision storage of optimiser state. US Patent "
                     "11,987,654 B2, granted 2025.")),
    ("h", "Awards"),
    ("bullet", "Outstanding Paper Award, MLSys 2023"),
    ("bullet", "CAPES doctoral scholarship with a research stay abroad (PDSE), 2018"),
    ("bullet", "Gold medal, Brazilian Mathematical Olympiad for University Students (OBMU), 2012"),
    ("h", "Teaching and Mentoring"),
    ("p", ("Hosted 7 research interns (PhD students), four of whom published their internship work. Guest "
          "lecturer, Optimisation for Machine Learning, Imperial College London (2023, 2024).")),
    ("h", "Open Source"),
    ("p", "Maintainer of an open-source preconditioner library for JAX (2,400 GitHub stars)."),
]
