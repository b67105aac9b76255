namespace Federation.Testing;

/// <summary>Waits for something that happens asynchronously elsewhere (a replica, a health check).</summary>
public static class Eventually
{
    public static async Task Async(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                last = ex;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.", last);
    }

    /// <summary>Polls <paramref name="read"/> until its value satisfies <paramref name="done"/>, and returns it.</summary>
    public static async Task<T> Value<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        T value = default!;
        await Async(async () => done(value = await read()), timeout, what);
        return value;
    }
}
