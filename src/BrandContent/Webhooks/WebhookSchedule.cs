using System.Security.Cryptography;

namespace BrandContent.Webhooks;

/// <summary>
/// The long retry schedule lives here, in the outbox rows (next attempt at), not in memory: a restart loses nothing.
/// After the n-th failed attempt the next waits the n-th step of <see cref="WebhookOptions.Schedule"/>, jittered; after
/// the last step the delivery is FAILED (a redelivery may still send it).
/// </summary>
public static class WebhookSchedule
{
    public static void Record(WebhookDelivery delivery, AttemptOutcome outcome, DateTimeOffset now, WebhookOptions settings)
    {
        var attempt = outcome.Attempt;
        (delivery.LastStatusCode, delivery.LastError) = (attempt.StatusCode, attempt.ErrorKind);
        if (outcome.NotSent)
        {
            delivery.NextAttemptAt = now + settings.BreakDuration;
            return;
        }

        delivery.Attempts++;
        if (outcome.Delivered)
        {
            (delivery.Status, delivery.DeliveredAt, delivery.NextAttemptAt) = (WebhookDeliveryStatus.Delivered, now, null);
            return;
        }

        var schedule = settings.Schedule;
        if (delivery.Attempts > schedule.Count)
        {
            (delivery.Status, delivery.NextAttemptAt) = (WebhookDeliveryStatus.Failed, null);
            return;
        }

        delivery.NextAttemptAt = now + Jittered(schedule[delivery.Attempts - 1], settings.Jitter);
    }

    private static TimeSpan Jittered(TimeSpan step, double jitter)
    {
        var factor = 1 - jitter + (2 * jitter * RandomNumberGenerator.GetInt32(1_000_001) / 1_000_000.0);
        return step * factor;
    }
}
