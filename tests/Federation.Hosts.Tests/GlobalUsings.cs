global using Xunit;
global using Federation.Testing;
