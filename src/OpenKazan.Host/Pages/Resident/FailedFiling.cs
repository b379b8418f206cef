using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>
/// A filing the city could not save (the database refused or lost the write, file storage was down). Intake saves all or
/// nothing, so nothing was filed: the form is shown again with what the person entered and a message to try again,
/// never an error page that loses the text.
/// </summary>
public static partial class FailedFiling
{
    public const string MessageKey = "ErrorNotSaved";

    public static bool IsFailedSave(Exception exception) =>
        exception is DbUpdateException or DbException or IOException or TimeoutException or Azure.RequestFailedException;

    [LoggerMessage(Level = LogLevel.Error, Message = "A request from the {Form} form could not be saved; the form was shown again")]
    public static partial void LogNotSaved(ILogger logger, Exception exception, string form);
}
