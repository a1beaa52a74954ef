"""Tomasz Wójcik: NLP postdoc, optimisers for fine-tuning; bold titles in a two-column layout."""

BLOCKS = [
    ("name", "Tomasz Wójcik"),
    ("line", "Research Associate · Language Technology Lab · University of Cambridge"),
    ("line", "tw512@cam.example · tomaszwojcik.example · Cambridge CB3 9DA, United Kingdom"),
    ("h", "Research"),
    ("p", ("Efficient adaptation of large language models: parameter-efficient fine-tuning, the "
          "optimisation dynamics of low-rank adapters, memory-light optimisers for fine-tuning, and "
          "multilingual transfer to low-resource languages.")),
    ("h", "Positions"),
    ("row", "2023 –", "Marie Skłodowska-Curie Postdoctoral Fellow, University of Cambridge"),
    ("row", "2022 – 2023", "Research Associate, School of Informatics, University of Edinburgh"),
    ("h", "Education"),
    ("row", "2018 – 2022", ("PhD in Informatics, University of Edinburgh (ILCC). Thesis: **Cheap "
                           "adaptation: parameter-efficient transfer for many languages**")),
    ("row", "2016 – 2018", "MSc Computer Science, Łódź University of Technology, Poland"),
    ("h", "Publications"),
    ("p", "* equal contribution"),
    ("entry", "2025", ("**Why LoRA learns slower: a preconditioning view of low-rank adapters**\n"
                      "T. Wójcik, H. Grant, A. Korhonen\n"
                      "__The Thirteenth International Conference on Learning Representations (ICLR 2025)__")),
    ("entry", "2025", ("**Adapter merging without interference**\n"
                      "H. Grant, T. Wójcik, A. Korhonen\n"
                      "__Proceedings of the 63rd Annual Meeting of the Association for Computational "
                      "Linguistics (ACL 2025), Volume 1: Long Papers__, pp. 4410–4428")),
    ("entry", "2024", ("**Sign-based optimisers for memory-efficient fine-tuning of LLMs**\n"
                      "T. Wójcik, A. Korhonen\n"
                      "__Proceedings of EMNLP 2024__, Miami, Florida. Outstanding Paper Award")),
    ("entry", "2024", ("**Low-resource transfer with language-family adapters**\n"
                      "M. Nowak*, T. Wójcik*, A. Birch\n"
                      "__NAACL 2024__, Mexico City")),
    ("entry", "2023", ("**Parameter-efficient fine-tuning is a regulariser: evidence from 40 languages**\n"
                      "T. Wójcik, A. Birch\n"
                      "__Transactions of the Association for Computational Linguistics (TACL)__, 11, "
                      "1204–1221")),
    ("entry", "2023", ("**How many parameters does a language need?**\n"
                      "T. Wójcik, A. Birch\n"
                      "__Findings of the Association for Computational Linguistics: EMNLP 2023__")),
    ("entry", "2022", ("**Hypernetwork adapters for unseen languages**\n"
                      "T. Wójcik*, M. Nowak*, A. Birch\n"
                      "__ACL 2022__, Dublin, pp. 6021–6035")),
    ("entry", "2021", ("**Probing adapters for syntactic knowledge**\n"
                      "T. Wójcik, A. Birch\n"
                      "__Proceedings of the Fourth BlackboxNLP Workshop on Analyzing and Interpreting "
                      "Neural Networks for NLP__")),
    ("entry", "2020", ("**Polish named entity recognition with multilingual BERT**\n"
                      "T. Wójcik, P. Zieliński\n"
                      "__Proceedings of the 28th International Conference on Computational Linguistics "
                      "(COLING 2020)__")),
    ("h", "Honours & Grants"),
    ("row", "2024", "Outstanding Paper Award, EMNLP 2024"),
    ("row", "2023", "Marie Skłodowska-Curie Actions Postdoctoral Fellowship (EUR 224,000)"),
    ("row", "2018", "School of Informatics PhD studentship, University of Edinburgh"),
    ("h", "Teaching"),
    ("row", "2024", "Co-lecturer, Advanced Topics in NLP (MPhil), University of Cambridge"),
    ("row", "2019 – 2021", "Tutor and marker, Accelerated Natural Language Processing, Edinburgh"),
    ("h", "Service"),
    ("p", "Area chair: ACL Rolling Review (2024–). Reviewer: ACL, EMNLP, NAACL, ICLR, TMLR."),
]
