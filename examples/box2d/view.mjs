// Where the page draws the world: 20 px per metre, the origin 400 px from the
// left and 450 px from the top of the 800x500 canvas; and in which colours.
export const view = {
  scale: 20,
  width: 800,
  height: 500,
  toPixels(x, y) {
    return [400 + 20 * x, 450 - 20 * y];
  },
};
export const colors = {
  background: '#ffffff', // [255, 255, 255]
  ground: '#3c3c3c', // [60, 60, 60]
  box: '#d2321e', // [210, 50, 30]
};
export const rgb = {
  background: [255, 255, 255],
  ground: [60, 60, 60],
  box: [210, 50, 30],
};
