using Federation.Portal.Localization;
using Federation.ServiceDefaults.Http;

namespace Federation.Portal.Clients;

/// <summary>
/// Why a service refused a field, in the user's language, from the code the service sent beside its English
/// message (<see cref="FieldCodes"/>). Null where the portal has no words of its own, or the code lacks an
/// argument its words need: then the service's English message stands.
/// </summary>
public static class RefusalReasons
{
    public static string? Of(Texts t, FieldCode? code)
    {
        // The text with the code's arguments in order, or null if one is missing.
        string? With(string key, params string[] names) =>
            names.Select(n => code?.Args?.GetValueOrDefault(n)).ToArray() is var values && values.All(v => v is not null)
                ? t[key, values] : null;

        return code?.Code switch
        {
            FieldCodes.Required => t["This is required."],
            FieldCodes.TooLong => With("Use at most {0} characters.", "max"),
            FieldCodes.ControlCharacters => t["Contains characters that text cannot hold (such as NUL)."],
            FieldCodes.TooMany => With("Give at most {0}.", "max"),
            FieldCodes.NotOneOf => code.Args?.GetValueOrDefault("allowed") is { } allowed ? t["Choose one of: {0}.", allowed.Replace(",", ", ")] : null,
            FieldCodes.NotAWholeNumber => t["Enter a whole number."],
            FieldCodes.OutOfRange => With("Enter a value from {0} to {1}.", "min", "max"),
            FieldCodes.InvalidEmail => t["Enter an e-mail address."],
            FieldCodes.InvalidUrl => t["Enter a web address starting with http:// or https://."],
            FieldCodes.NotALanguageTag => With("'{0}' is not a language.", "tag"),
            FieldCodes.Repeated => t["This appears more than once."],
            FieldCodes.NotAMemberCity => With("'{0}' is not a member city of the network.", "city"),
            FieldCodes.NotAnId => t["This is not a valid id."],
            FieldCodes.NotFound => t["This record is not held here, or is no longer available."],
            FieldCodes.InPast => t["This date lies in the past."],
            FieldCodes.InFuture => t["This date lies in the future."],
            FieldCodes.BeforeStart => t["This date comes too early: it must follow the one before it."],
            FieldCodes.NoProgress => t["The target equals the baseline: there is no progress to measure."],
            FieldCodes.WrongType => code.Args?.GetValueOrDefault("expected") switch
            {
                "whole-number" => t["Enter a whole number."],
                "number" => t["Enter a number."],
                "date" => t["Enter a date."],
                "date-time" => t["Enter a date and time."],
                _ => null,
            },
            _ => null,
        };
    }
}
