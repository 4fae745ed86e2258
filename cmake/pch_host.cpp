// The host of a precompiled header the tests share (cmake/SiftPch.cmake): built, never run.
int main()
{
    return 0;
}
