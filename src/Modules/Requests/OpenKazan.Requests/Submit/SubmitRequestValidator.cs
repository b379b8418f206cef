using System.Net.Mail;
using OpenKazan.BuildingBlocks.Phones;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Submit;

/// <summary>Checks a submission field by field and says what is wrong with each, in one answer.</summary>
public static class SubmitRequestValidator
{

    public static (ValidSubmission? Valid, Dictionary<string, string[]> Errors) Validate(SubmitRequestBody? body, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var errors = new Dictionary<string, string[]>();
        if (body is null)
        {
            errors["body"] = ["A JSON body is required."];
            return (null, errors);
        }

        var isOperator = user.IsInRole(Roles.Operator);
        var forSelf = FilesForSelf(user, isOperator);
        var channel = ParseChannel(body.Channel, isOperator, forSelf, errors);
        var requester = body.Requester;
        var kind = RequesterKind.Person;
        if (requester?.Kind is { } k && !Enum.TryParse(k, ignoreCase: true, out kind) | !Enum.IsDefined(kind))
        {
            errors["requester.kind"] = ["Person or LegalEntity."];
        }

        var name = Clean(requester?.Name) ?? (isOperator ? null : user.Name);
        if (name is null || name.Length > 200)
        {
            errors["requester.name"] = ["The requester's name is required (at most 200 characters)."];
        }

        var phone = Clean(requester?.Phone) ?? (isOperator ? null : user.Phone);
        if (phone is not null && (phone.Length > 32 || Digits(phone).Length is < 5 or > 15 || phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))))
        {
            errors["requester.phone"] = ["A phone number of 5 to 15 digits."];
        }

        var email = forSelf && user.Email is { } own ? own : Clean(requester?.Email);
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            errors["requester.email"] = ["Not an e-mail address."];
        }

        // A resident files for themselves; only an operator registers on behalf of someone (who may have an account).
        var userId = isOperator ? requester?.UserId : user.UserId;
        var point = CheckPlace(body, errors);
        CheckShort(body.Flat, "flat", errors);
        CheckShort(body.Entrance, "entrance", errors);
        if (body.CategoryId is null || body.CategoryId == Guid.Empty)
        {
            errors["categoryId"] = ["Choose a category."];
        }

        var description = Clean(body.Description);
        if (description is null || description.Length > RequestText.MaxLength)
        {
            errors["description"] = [$"Describe the problem in 1 to {RequestText.MaxLength} characters."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidSubmission(channel, kind, name!, phone, email, requester?.ConsentToContact ?? false, userId,
                body.BuildingId, point, Clean(body.Flat), Clean(body.Entrance), body.CategoryId!.Value, description!), errors);
    }

    /// <summary>
    /// The point given with the request, if valid: the place of the building to find, or, with a building, where the
    /// resident put the pin (both are checked against the city's boundary). Invalid coordinates beside a building are
    /// not used, as before pins were posted with one.
    /// </summary>
    public static (double Lat, double Long)? CheckPlace(Guid? buildingId, double? latitude, double? longitude, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (latitude is { } lat && longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180)
        {
            return (lat, lon);
        }

        if (buildingId is null || buildingId == Guid.Empty)
        {
            errors["buildingId"] = ["Give the building, or valid coordinates (latitude, longitude) near it."];
        }

        return null;
    }

    /// <summary>The number as E.164 digits (<see cref="E164"/>): every way of typing it finds the same caller.</summary>
    public static string Digits(string phone) => E164.Digits(phone) ?? string.Empty;

    private static (double Lat, double Long)? CheckPlace(SubmitRequestBody body, Dictionary<string, string[]> errors) =>
        CheckPlace(body.BuildingId, body.Latitude, body.Longitude, errors);

    private static RequestChannel ParseChannel(string? value, bool isOperator, bool forSelf, Dictionary<string, string[]> errors)
    {
        var fallback = isOperator ? RequestChannel.CallCentre : RequestChannel.Web;
        if (value is null)
        {
            return fallback;
        }

        if (!Enum.TryParse<RequestChannel>(value, ignoreCase: true, out var channel) || !Enum.IsDefined(channel) || int.TryParse(value, out _))
        {
            errors["channel"] = ["Web, CallCentre or Open311."];
            return fallback;
        }

        if (channel == RequestChannel.CallCentre && !isOperator)
        {
            errors["channel"] = ["Only operators register call-centre requests."];
        }
        else if (forSelf && channel != RequestChannel.Web)
        {
            errors["channel"] = ["Residents file on the web; only operators and integrations say the channel."];
        }

        return channel;
    }

    /// <summary>
    /// Operators and integrations (an Open311 key, which has no account) file for others: they say the channel and
    /// the requester's e-mail. A signed-in resident files for themselves, on the web, under their account's e-mail
    /// (an e-mail in the body is not used unless the account has none, as a caller's account made by phone); the
    /// call-back phone stays theirs to give, it is verified nowhere.
    /// </summary>
    private static bool FilesForSelf(ICurrentUser user, bool isOperator) => !isOperator && user.UserId is not null;

    private static void CheckShort(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is not null && (value.Length > 16 || value.Any(char.IsControl)))
        {
            errors[field] = ["At most 16 characters."];
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
