// The customer list finds a row by its customer id as a QHash<QString, int> did: every id
// added is found at its row, an id added again moves to its new row, and ids that are not
// there (or differ only in case) are not found — also for ids whose hashes agree in the bits
// the index keeps.
#include "customers/CustomerRowIndex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace PartnerDesk;

class TestCustomerRowIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAsAHashDid();
    void idsWhoseTagsAgree();
};

void TestCustomerRowIndex::findsAsAHashDid()
{
    QRandomGenerator random(5);
    QStringList ids; // by row
    QHash<QString, int> reference;
    CustomerRowIndex index;
    const auto idOfRow = [&ids](int row) { return QStringView(ids.at(row)); };
    for (int i = 0; i < 30000; ++i) {
        // Now and then an id listed before, added again at a new row.
        const QString id = i > 0 && random.bounded(20u) == 0
            ? ids.at(int(random.bounded(quint32(ids.size()))))
            : QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
        index.set(id, int(ids.size()), idOfRow);
        reference.insert(id, int(ids.size()));
        ids << id;
    }
    QCOMPARE(index.size(), size_t(reference.size()));
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        QCOMPARE(index.find(it.key(), idOfRow), it.value());
    for (int i = 0; i < 2000; ++i) {
        const QString unknown
            = QUuid::createUuidV5(QUuid(), QStringLiteral("x%1").arg(i)).toString(QUuid::WithoutBraces);
        QCOMPARE(index.find(unknown, idOfRow), -1);
        QCOMPARE(index.find(ids.at(i).toUpper(), idOfRow), reference.value(ids.at(i).toUpper(), -1));
    }
    index.clear();
    QCOMPARE(index.find(ids.constFirst(), idOfRow), -1);
    QCOMPARE(index.size(), size_t(0));
}

void TestCustomerRowIndex::idsWhoseTagsAgree()
{
    // Two ids with the same low 32 bits of their hash (found among a few hundred thousand, as
    // the birthday bound says), then many more: each is found at its own row.
    QHash<quint32, QString> byTag;
    QStringList pair;
    for (int i = 0; pair.isEmpty() && i < 2000000; ++i) {
        const QString id = QStringLiteral("customer-%1").arg(i);
        const quint32 tag = quint32(qHash(QStringView(id), QHashSeed::globalSeed()));
        const auto known = byTag.constFind(tag);
        if (known != byTag.cend())
            pair = {*known, id};
        else
            byTag.insert(tag, id);
    }
    QCOMPARE(pair.size(), 2);
    QStringList ids = pair;
    CustomerRowIndex index;
    const auto idOfRow = [&ids](int row) { return QStringView(ids.at(row)); };
    index.set(ids.at(0), 0, idOfRow);
    QCOMPARE(index.find(ids.at(1), idOfRow), -1);
    index.set(ids.at(1), 1, idOfRow);
    for (int i = 0; i < 5000; ++i) {
        ids << QStringLiteral("more-%1").arg(i);
        index.set(ids.constLast(), int(ids.size()) - 1, idOfRow);
    }
    for (int row = 0; row < ids.size(); ++row)
        QCOMPARE(index.find(ids.at(row), idOfRow), row);
    QCOMPARE(index.size(), size_t(ids.size()));
}

QTEST_GUILESS_MAIN(TestCustomerRowIndex)
#include "TestCustomerRowIndex.moc"
