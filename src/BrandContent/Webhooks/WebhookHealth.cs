using System.Globalization;

namespace BrandContent.Webhooks;

/// <summary>
/// A subscription's delivery health: the last answer, and the run of failures since the last success. A run longer
/// than <see cref="WebhookOptions.DisableAfter"/> disables the subscription, with the reason shown in <c>webhooks</c>.
/// </summary>
public static class WebhookHealth
{
    public static void Record(WebhookSubscription subscription, WebhookAttempt attempt, bool delivered, DateTimeOffset now, TimeSpan disableAfter)
    {
        (subscription.LastStatus, subscription.LastError, subscription.LastAttemptAt) = (attempt.StatusCode, attempt.ErrorKind, attempt.At);
        if (delivered)
        {
            (subscription.FailingSince, subscription.ConsecutiveFailures) = (null, 0);
            return;
        }

        subscription.FailingSince ??= attempt.At;
        subscription.ConsecutiveFailures++;
        if (subscription.DisabledAt is null && now - subscription.FailingSince >= disableAfter)
        {
            subscription.DisabledAt = now;
            var last = attempt.StatusCode is { } status ? $"HTTP {status}" : attempt.ErrorKind;
            subscription.DisabledReason = string.Create(
                CultureInfo.InvariantCulture,
                $"Every delivery failed since {subscription.FailingSince:O} ({subscription.ConsecutiveFailures} attempts, the last: {last}).");
        }
    }
}
