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

    // The page, or nothing when it holds anything this reader does not handle itself.
    [[nodiscard]] static std::optional<Page> read(const QByteArray& body);

    struct Envelope
    {
        std::optional<Link> next;
        qsizetype itemCount = 0;
    };
    // What it takes to ask for the next page at once, for a small part of read()'s work (most
    // of which is checking and decoding the items' strings): the next link and the number of
    // items. Outside the items it reads and declines exactly as read() does. Inside them it
    // checks the JSON structure (objects, arrays, literals, whole numbers, nesting, as read()
    // does) but of each string, names included, it only finds the end: what a string holds —
    // its UTF-8, its escapes, control characters — is not looked at.
    //
    // What is promised: every body read() reads, this reads too, with the same next link and
    // as many items; and for every body Json::parse reads, this reads it with the same next
    // link and as many items, or declines. What is not: that the page can be read at all. A
    // string in an item may hold what Json::parse refuses (invalid UTF-8, a \u without four hex
    // digits) or read() declines; whoever acts on the envelope before the page is read must be
    // ready to find the page unreadable afterwards.
    [[nodiscard]] static std::optional<Envelope> skimEnvelope(const QByteArray& body);
};

} // namespace PartnerDesk
