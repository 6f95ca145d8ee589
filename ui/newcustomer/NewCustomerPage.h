#pragma once

#include <QWizardPage>

namespace PartnerDesk {

// A step of the New customer wizard that can say why it cannot go on yet: the wizard puts
// the reason in the disabled Next/Create button's tooltip, and shows every problem when the
// user presses Enter anyway.
class NewCustomerPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    // Empty when the page is complete; else the first problem, in words.
    [[nodiscard]] virtual QString incompleteReason() const = 0;
    // Shows the message of every field that is not valid yet and moves the focus to the first.
    virtual void revealProblems() = 0;
};

} // namespace PartnerDesk
