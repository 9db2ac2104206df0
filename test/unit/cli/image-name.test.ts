import { imageNameProblem } from '../../../tck/launch/image-name';

describe('Docker image names', () => {
  test.each([
    'node',
    'node:20-bookworm-slim',
    'cloudstate-tck/reference:0.1.0',
    'gcr.io/distroless/static-debian12',
    'localhost:5000/my-org/my_lib.tck:main',
    'registry.example/a/b/c__d',
    'Registry.Example:5000/lib',
    'localhost/lib',
    `org/lib@sha256:${'a1'.repeat(32)}`,
    `org/lib:1.0@sha256:${'0f'.repeat(32)}`,
  ])('%s is accepted', (name) => {
    expect(imageNameProblem(name)).toBeUndefined();
  });

  test.each([
    ['cloudstate-tck/Reference:0.1.0', 'the name must be lower-case'],
    ['cloudstate-tck/reference:', 'the tag after ":" is empty'],
    ['cloudstate-tck/reference:0.1.0 ', 'it holds white space'],
    ['a//b', 'it does not follow [host/]name[:tag]'],
    ['My-Org/lib', 'the name must be lower-case'],
    ['Registry.Example:5000/Lib', 'the name must be lower-case'],
    ['-lib', 'it does not follow [host/]name[:tag]'],
    ['org/lib@sha256:short', 'it does not follow [host/]name[:tag]'],
  ])('%s is refused: %s', (name, why) => {
    expect(imageNameProblem(name)).toBe(
      `"${name}" is not a Docker image name: ${why}, as in cloudstate-tck/reference:0.1.0.`,
    );
  });
});
