# The environment of every test that analyses documents (tests/documents, and the
# wizard tests in tests/widgets that attach them): offscreen (QPdfWriter/QPainter need a
# GUI application for fonts), one OpenMP thread for Tesseract (docs/toolchain.md §9) and
# SANE's test backend only (docs/toolchain.md §8: tests/sane/dll.conf lists `test`).
set(ICP_DOCUMENT_TEST_ENV QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
    SANE_CONFIG_DIR=${PROJECT_SOURCE_DIR}/tests/sane)
