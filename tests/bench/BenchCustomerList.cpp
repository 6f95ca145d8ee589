// The customer list with 100,000 customers: filling the model page by page, searching,
// filtering by status, sorting in the UI language, and the memory it takes.
#include "BenchmarkSupport.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerListModel.h"

#include <QApplication>
#include <QTableView>

using namespace PartnerDesk;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    const long memoryBefore = Bench::residentKiB();
    CustomerListModel model;
    CustomerFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 800);
    view.show();

    const QStringList names{QStringLiteral("Anadolu Yazılım A.Ş."), QStringLiteral("Müller & Söhne GmbH"),
        QStringLiteral("株式会社さくら商事"), QStringLiteral("上海星辰科技有限公司"),
        QStringLiteral("شركة الرياض للتقنية"), QStringLiteral("Contoso Ltd."), QStringLiteral("Ελληνική Λύση ΑΕ"),
        QStringLiteral("ООО Северный Ветер")};
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < total; first += 500) {
        QList<Customer> page;
        for (int i = first; i < std::min(total, first + 500); ++i) {
            Customer customer;
            customer.id = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
            customer.companyProfile.companyName = names.at(i % names.size()) + QLatin1Char(' ') + QString::number(i);
            customer.companyProfile.domain = QStringLiteral("customer%1.onmicrosoft.com").arg(i);
            customer.relationshipToPartner = CustomerRelationship::Reseller;
            page.append(customer);
        }
        model.appendCustomers(page);
        app.processEvents(); // the view repaints between pages, as in the app
    }
    Bench::report("fill 100k rows in pages of 500 (with view)", timer.elapsed(), "ms");
    Bench::report("rows", model.rowCount(), "rows");

    timer.restart();
    AgreementStatus confirmed;
    confirmed.agreementsKnown = true;
    confirmed.directlySigned = false;
    Agreement agreement;
    agreement.type = QStringLiteral("MicrosoftCustomerAgreement");
    agreement.setAcceptanceDate(QDate(2024, 1, 2));
    confirmed.agreements = {agreement};
    for (int i = 0; i < total; i += 3)
        model.setStatus(model.rowAt(i).id, confirmed);
    Bench::report("set 33k statuses", timer.elapsed(), "ms");

    timer.restart();
    filter.setSearchText(QStringLiteral("customer4242"));
    Bench::report("search (contains) over 100k", timer.elapsed(), "ms");
    Bench::report("search hits", filter.rowCount(), "rows");
    filter.setSearchText({});

    timer.restart();
    filter.setStatusFilter(McaStatus::ConfirmedByPartner);
    Bench::report("status filter over 100k", timer.elapsed(), "ms");
    filter.setStatusFilter(std::nullopt);

    timer.restart();
    filter.sort(CustomerListModel::CompanyColumn, Qt::AscendingOrder);
    Bench::report("sort 100k by company (collator)", timer.elapsed(), "ms");

    timer.restart();
    filter.sort(CustomerListModel::CompanyColumn, Qt::DescendingOrder);
    Bench::report("sort 100k by company again (descending)", timer.elapsed(), "ms");

    timer.restart();
    filter.sort(CustomerListModel::DomainColumn, Qt::AscendingOrder);
    Bench::report("sort 100k by domain (first time: keys computed)", timer.elapsed(), "ms");

    timer.restart();
    view.scrollToBottom();
    app.processEvents();
    Bench::report("scroll to the bottom and paint", timer.elapsed(), "ms");

    Bench::report("memory for the list (RSS growth)", (Bench::residentKiB() - memoryBefore) / 1024.0, "MiB");
    return 0;
}
