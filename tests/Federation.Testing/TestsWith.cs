namespace Federation.Testing;

/// <summary>
/// A test class whose every test gets a <typeparamref name="T"/> of its own (a temporary folder, database
/// files), disposed after it: xunit makes a class instance per test, so tests never share one.
/// </summary>
public abstract class TestsWith<T> : IDisposable where T : IDisposable, new()
{
    protected T Scratch { get; } = new();

    public void Dispose() => Scratch.Dispose();
}
