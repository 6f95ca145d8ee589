// The customer table's delegate keeps each cell's shaped text: it must draw what Qt's own
// delegate draws (texts in many scripts, elided, selected, right to left, an icon, text that
// looks like HTML), and a repaint must shape nothing again.
#include "TestEnvironment.h"
#include "widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;

namespace {

const QStringList names{
    QStringLiteral("Contoso Pharmaceuticals Limited Liability Company of Northern Europe"),
    QStringLiteral("Ünal Tekstil Sanayi ve Ticaret A.Ş."),
    QStringLiteral("شركة الخليج للتجارة"),
    QStringLiteral("株式会社サンプル商事"),
    QStringLiteral("深圳示例科技有限公司"),
    QStringLiteral("Müller & Söhne GmbH"),
    QStringLiteral("<b>Fabrikam</b> <a href=\"https://example.com\">Inc</a>"),
    QStringLiteral("Ελληνική Εταιρεία Δοκιμών Α.Ε."),
    QStringLiteral("Компания Пример"),
    QStringLiteral("बहुराष्ट्रीय उदाहरण कंपनी"),
};

std::unique_ptr<QStandardItemModel> sampleModel()
{
    auto model = std::make_unique<QStandardItemModel>(int(names.size()), 3);
    for (int row = 0; row < names.size(); ++row) {
        model->setItem(row, 0, new QStandardItem(names.at(row)));
        model->setItem(row, 1, new QStandardItem(QStringLiteral("customer%1.onmicrosoft.com").arg(row)));
        auto* status = new QStandardItem(QStringLiteral("Confirmed by the partner"));
        QPixmap icon(12, 12);
        icon.fill(row % 2 ? Qt::darkGreen : Qt::darkRed);
        status->setIcon(QIcon(icon));
        model->setItem(row, 2, status);
    }
    model->item(4, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return model;
}

struct Table
{
    std::unique_ptr<QStandardItemModel> model = sampleModel();
    QTableView view;

    explicit Table(QAbstractItemDelegate* delegate, Qt::LayoutDirection direction)
    {
        view.setLayoutDirection(direction);
        view.setItemDelegate(delegate);
        delegate->setParent(&view);
        view.setModel(model.get());
        view.setWordWrap(false);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setColumnWidth(0, 180); // the long names are elided
        view.setColumnWidth(1, 200);
        view.setColumnWidth(2, 220);
        view.resize(640, 420);
        view.selectRow(3);
        view.show();
    }
    QImage image() { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

// Pixels of `a` that differ from `b` by more than a little in any channel.
double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = lineA[x];
            const QRgb q = lineB[x];
            if (std::abs(qRed(p) - qRed(q)) > 40 || std::abs(qGreen(p) - qGreen(q)) > 40
                || std::abs(qBlue(p) - qBlue(q)) > 40)
                ++differing;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void drawsWhatQtsDelegateDraws_data();
    void drawsWhatQtsDelegateDraws();
    void repaintShapesNothingAgain();
    void richLookingTextStaysPlain();
};

void TestCachedTextDelegate::drawsWhatQtsDelegateDraws_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void TestCachedTextDelegate::drawsWhatQtsDelegateDraws()
{
    QFETCH(Qt::LayoutDirection, direction);
    Table qts(new QStyledItemDelegate, direction);
    Table cached(new CachedTextDelegate, direction);
    QVERIFY(QTest::qWaitForWindowExposed(&qts.view));
    QVERIFY(QTest::qWaitForWindowExposed(&cached.view));
    const QImage expected = qts.image();
    const QImage actual = cached.image();
    // The same glyphs at the same places: only anti-aliasing at sub-pixel offsets may differ.
    const double share = differingShare(expected, actual);
    if (share > 0.002) {
        expected.save(QDir::temp().filePath(QStringLiteral("cached-delegate-expected.png")));
        actual.save(QDir::temp().filePath(QStringLiteral("cached-delegate-actual.png")));
    }
    QVERIFY2(share <= 0.002, qPrintable(QStringLiteral("%1 % of the pixels differ").arg(share * 100, 0, 'f', 3)));
    // And it did draw: an empty table differs from it.
    QStandardItemModel empty(int(names.size()), 3);
    cached.view.setModel(&empty);
    QVERIFY(differingShare(expected, cached.image()) > 0.01);
}

void TestCachedTextDelegate::repaintShapesNothingAgain()
{
    auto* delegate = new CachedTextDelegate;
    Table table(delegate, Qt::LeftToRight);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    const QImage first = table.image();
    const int shaped = delegate->shapedCount();
    QCOMPARE(shaped, int(names.size()) * 2 + 1); // the status text is the same in every row
    table.view.viewport()->repaint();
    QCOMPARE(table.image(), first);
    QCOMPARE(delegate->shapedCount(), shaped);
    // Another width: shaped (and elided) again for it.
    table.view.setColumnWidth(0, 120);
    table.image();
    QVERIFY(delegate->shapedCount() > shaped);
}

void TestCachedTextDelegate::richLookingTextStaysPlain()
{
    // Drawn as plain text, the markup is wider than what rich text would draw.
    auto* delegate = new CachedTextDelegate;
    Table table(delegate, Qt::LeftToRight);
    table.view.setColumnWidth(0, 600);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    Table qts(new QStyledItemDelegate, Qt::LeftToRight);
    qts.view.setColumnWidth(0, 600);
    QVERIFY(QTest::qWaitForWindowExposed(&qts.view));
    const QRect cell = table.view.visualRect(table.model->index(6, 0));
    QVERIFY(differingShare(table.image().copy(cell), qts.image().copy(cell)) <= 0.01);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "TestCachedTextDelegate.moc"
