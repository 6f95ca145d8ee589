#pragma once

#include "api/Json.h"
#include "model/Customer.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace PartnerDesk {

// A page of the customer list read straight from its bytes, without building a QJsonDocument
// (which costs about 70 instructions a byte): the items as Json::customerFromJson decodes them
// and the envelope's next link as Json::linkFromJson reads it — exactly the values that
// Json::parse and those decoders give for the same body.
//
// It reads the shape Partner Center and the sandbox send and declines anything else rather
// than guess: a key spelled in another case than the one read, a key read twice, a key with
// escapes or outside ASCII, a value of another type than a list item has (a number for an id,
// an address, a billing profile), a number with a fraction or exponent, text Qt's parser would
// refuse or might read differently (invalid UTF-8, a lone surrogate, a noncharacter, a BOM at
// the start of a string), nesting deeper than a list item needs. Then the caller reads the page
// with Json::parse as before.
class CustomerPageReader
{
public:
    struct Page
    {
        QList<Customer> items;
        std::optional<Link> next; // absent on the last page, as Json::pageFromJson leaves it
    };

    enum class Strings {
        Unchecked,
        // readEnvelope() took this very body: its strings are not checked again, only their
        // ends found (about half the work). The result is the same.
        CheckedByReadEnvelope,
    };
    // The page, or nothing when it holds anything this reader does not handle itself.
    [[nodiscard]] static std::optional<Page> read(const QByteArray& body, Strings strings = Strings::Unchecked);

    struct Envelope
    {
        std::optional<Link> next;
        qsizetype itemCount = 0;
    };
    // What it takes to ask for the next page at once: the next link and the number of items,
    // with the items checked as JSON but not decoded (most of read()'s work is the checking:
    // about 3.9 M against 5 M instructions for a page of 500). It declines
    // what read() declines outside the items. When it reads a body, Json::parse reads it too,
    // with the same next link and as many items; read() may still decline an item.
    [[nodiscard]] static std::optional<Envelope> readEnvelope(const QByteArray& body);
};

} // namespace PartnerDesk
