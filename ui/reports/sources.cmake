# Sources of partnerdesk_ui in ui/reports/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    reports/PdfReport.cpp
    reports/PdfReport.h
)
