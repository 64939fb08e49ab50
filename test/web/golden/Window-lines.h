  uint32_t requestAnimationFrame(const std::function<void(double)> & callback) const;
  void cancelAnimationFrame(uint32_t handle) const;
