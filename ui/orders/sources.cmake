# Sources of partnerdesk_ui in ui/orders/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NewOrderDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewOrderDialog.h
)
