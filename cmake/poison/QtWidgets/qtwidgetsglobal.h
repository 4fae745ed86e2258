// Placed first on sift_core's private include path: any Qt Widgets header pulls this in and stops the build.
#error "sift_core must not use Qt Widgets: move this code to widgets/ or app/"
