using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Federation.Trials.Storage;

/// <summary>
/// A decimal as the text of its own digits. SQLite has no decimal type and EF's default text pads a
/// whole number to one place (10 reads back as 10.0); this keeps a reported 12.50 as 12.50 and 10 as 10.
/// </summary>
internal sealed class ExactDecimalConverter() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));
