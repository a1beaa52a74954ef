"""Priya Raghunathan: assistant professor, computer vision; strong CVPR/ICCV record; APA style."""

BLOCKS = [
    ("name", "Priya Raghunathan"),
    ("line", "Assistant Professor, Computer Science and Engineering, University of Michigan, Ann Arbor"),
    ("line", "praghu@umich.example · +1 734 555 0142 · priyaraghu.github.example"),
    ("h", "RESEARCH INTERESTS"),
    ("p", ("Computer vision and machine learning: self-supervised visual representation learning, "
          "data- and compute-efficient training of vision models, and 3D scene understanding from "
          "few views.")),
    ("h", "ACADEMIC APPOINTMENTS"),
    ("row", "2021–present", "Assistant Professor, Computer Science and Engineering, University of Michigan"),
    ("row", "2020–2021", "Research Scientist, a computer vision research lab, Pittsburgh, PA"),
    ("h", "EDUCATION"),
    ("row", "2020", ("Ph.D., Robotics, Carnegie Mellon University. Thesis: Learning visual representations "
                   "without labels. Advisor: Prof. Daniel Ortiz")),
    ("row", "2014", "B.Tech., Electrical Engineering, Indian Institute of Technology Madras"),
    ("h", "PUBLICATIONS"),
    ("p", "__Journal articles__"),
    ("entry", "", ("Raghunathan, P., Ortiz, D., & Weiss, L. (2024). Masked feature prediction for "
                  "efficient visual pre-training. IEEE Transactions on Pattern Analysis and Machine "
                  "Intelligence, 46(8), 5521–5536.")),
    ("entry", "", ("Lee, J., & Raghunathan, P. (2023). Few-view 3D reconstruction with self-supervised "
                  "priors. International Journal of Computer Vision, 131(4), 1002–1020.")),
    ("p", "__Conference papers__"),
    ("entry", "", ("Raghunathan, P., Kim, S., & Lee, J. (2025). Token dropping for faster self-supervised "
                  "ViT training. In Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                  "Recognition (CVPR) (pp. 10211–10221).")),
    ("entry", "", ("Kim, S., Raghunathan, P., & Ortiz, D. (2024). Curriculum masking for data-efficient "
                  "pre-training. In Proceedings of the European Conference on Computer Vision (ECCV) "
                  "(pp. 88–105). Springer.")),
    ("entry", "", ("Raghunathan, P., & Lee, J. (2024). How much does the optimiser matter for "
                  "self-supervised learning? In Advances in Neural Information Processing Systems "
                  "(NeurIPS 2024).")),
    ("entry", "", ("Lee, J., Kim, S., & Raghunathan, P. (2023). Sparse-view neural radiance fields with "
                  "learned depth priors. In Proceedings of the IEEE/CVF International Conference on "
                  "Computer Vision (ICCV) (pp. 4410–4420).")),
    ("entry", "", ("Raghunathan, P., Weiss, L., & Ortiz, D. (2022). Contrastive learning with hard "
                  "negative mixing at scale. In Proceedings of the IEEE/CVF Conference on Computer "
                  "Vision and Pattern Recognition (CVPR) (pp. 7340–7350). Best Paper Honorable Mention.")),
    ("entry", "", ("Raghunathan, P., & Ortiz, D. (2021). Self-supervised learning from uncurated video. "
                  "In Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV) "
                  "(pp. 2201–2211).")),
    ("entry", "", ("Raghunathan, P., & Ortiz, D. (2020). Rotation prediction revisited. In Proceedings "
                  "of the European Conference on Computer Vision (ECCV) (pp. 301–317).")),
    ("entry", "", ("Raghunathan, P., Weiss, L., & Ortiz, D. (2019). Learning dense correspondences "
                  "without labels. In Proceedings of the IEEE/CVF Conference on Computer Vision and "
                  "Pattern Recognition (CVPR) (pp. 5520–5529).")),
    ("entry", "", ("Raghunathan, P., & Lee, J. (2023). Lightweight depth completion for mobile robots. "
                  "In Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision "
                  "(WACV) (pp. 310–319).")),
    ("h", "AWARDS AND HONORS"),
    ("row", "2025", "NSF CAREER Award"),
    ("row", "2023", "Google Research Scholar Award"),
    ("row", "2022", "CVPR Best Paper Honorable Mention"),
    ("row", "2019", "CMU Robotics Institute Graduate Fellowship"),
    ("h", "TEACHING"),
    ("p", ("EECS 442 Computer Vision (Fall 2022, 2023, 2024; evaluations 4.7/5); EECS 598 Self-Supervised "
          "Learning (Winter 2023, new course).")),
    ("h", "STUDENTS"),
    ("p", "Advising 5 Ph.D. students and 3 M.S. students."),
]
